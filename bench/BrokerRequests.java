// Request counts of a running Kafka broker, by request type, read from its JMX metrics
// (kafka.network:type=RequestMetrics,name=RequestsPerSec), for bench/throughput.py.
// Attaches to the broker's JVM by pid (same user; no JMX port needed). Prints one line of
// "Type=count ..." (totals since the broker started) each time a line is read on stdin.
//
//     java bench/BrokerRequests.java <broker pid>      (Java 11+ runs a single source file)

import com.sun.tools.attach.VirtualMachine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.Map;
import java.util.TreeMap;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

public class BrokerRequests {
    public static void main(String[] args) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        String address = vm.startLocalManagementAgent();
        MBeanServerConnection server = JMXConnectorFactory.connect(new JMXServiceURL(address))
                .getMBeanServerConnection();
        ObjectName pattern = new ObjectName("kafka.network:type=RequestMetrics,name=RequestsPerSec,*");
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in));
        System.out.println("ready");
        System.out.flush();
        while (input.readLine() != null) {
            Map<String, Long> counts = new TreeMap<>();
            for (ObjectName name : server.queryNames(pattern, null)) {  // one per request type and version
                long count = ((Number) server.getAttribute(name, "Count")).longValue();
                counts.merge(name.getKeyProperty("request"), count, Long::sum);
            }
            StringBuilder line = new StringBuilder();
            counts.forEach((type, count) -> line.append(type).append('=').append(count).append(' '));
            System.out.println(line.toString().trim());
            System.out.flush();
        }
    }
}
