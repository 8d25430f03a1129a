"""A live web page of the events topic (`newsworker dashboard`): see docs/dashboard.md."""
