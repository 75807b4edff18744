package io.wirestream.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The embedded platform (what {@code wirestream demo} and {@code wirestream platform} run) listens on
 * the loopback interface only unless told otherwise: a broker without authentication must not be
 * reachable from the network by default. Checked twice: the kernel's table of listening sockets
 * ({@code /proc/net/tcp*}, on Linux) holds only loopback addresses for the broker, controller and
 * registry ports; and a connection to those ports through any non-loopback address of this host
 * is refused.
 */
class LoopbackBindingIT {

    @Test
    void shouldListenOnLoopbackOnlyByDefault() throws Exception {
        try (EmbeddedPlatform platform = new EmbeddedPlatform(EmbeddedPlatform.Config.temporary()).start()) {
            Map<String, Integer> ports = Map.of(
                    "broker", Integer.parseInt(platform.bootstrapServers().substring(platform.bootstrapServers().lastIndexOf(':') + 1)),
                    "controller", controllerPort(platform),
                    "registry", URI.create(platform.schemaRegistryUrl()).getPort());
            assertThat(platform.bootstrapServers()).startsWith("127.0.0.1:");
            assertThat(platform.schemaRegistryUrl()).startsWith("http://127.0.0.1:");

            if (Files.exists(Path.of("/proc/net/tcp"))) {
                List<String> listening = listeningAddresses();
                ports.forEach((what, port) -> {
                    List<String> on = listening.stream().filter(a -> a.endsWith(":" + port)).toList();
                    assertThat(on).as(what + " port " + port + " is listening").isNotEmpty();
                    assertThat(on).as(what + " listens on loopback only").allSatisfy(a ->
                            assertThat(a).matches("(127\\.0\\.0\\.1|::1|::ffff:127\\.0\\.0\\.1):\\d+"));
                });
            }
            for (InetAddress outside : nonLoopbackAddresses()) {
                ports.forEach((what, port) -> assertThat(connects(outside, port))
                        .as(what + " port " + port + " reachable through " + outside.getHostAddress()).isFalse());
            }
            ports.forEach((what, port) -> assertThat(connects(InetAddress.getLoopbackAddress(), port))
                    .as(what + " reachable on loopback").isTrue());
        }
    }

    static int controllerPort(EmbeddedPlatform platform) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(platform.kafka().dataDir().resolve("wirestream-broker.properties"))) {
            p.load(in);
        }
        return Integer.parseInt(p.getProperty("controller.port"));
    }

    /** Local address:port of every listening TCP socket of this host, from /proc/net/tcp and tcp6. */
    static List<String> listeningAddresses() throws IOException {
        List<String> out = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p).subList(1, Files.readAllLines(p).size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[3].equals("0A")) { // TCP_LISTEN
                    String[] local = f[1].split(":");
                    out.add(address(local[0]) + ":" + Integer.parseInt(local[1], 16));
                }
            }
        }
        return out;
    }

    /** A /proc/net address (hex, 32-bit words in host byte order) as text. */
    static String address(String hex) throws IOException {
        byte[] b = new byte[hex.length() / 2];
        for (int word = 0; word < b.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                // each 32-bit word is little-endian on the machines this runs on (x86, arm64)
                b[word * 4 + i] = (byte) Integer.parseInt(hex.substring(word * 8 + (3 - i) * 2, word * 8 + (3 - i) * 2 + 2), 16);
            }
        }
        InetAddress a = InetAddress.getByAddress(b);
        String text = a.getHostAddress().toLowerCase(Locale.ROOT);
        if (b.length == 16 && text.equals("0:0:0:0:0:0:0:1")) {
            return "::1";
        }
        if (b.length == 16 && text.startsWith("0:0:0:0:0:ffff:")) {
            return "::ffff:" + InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)).getHostAddress();
        }
        return text;
    }

    static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> out = new ArrayList<>();
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (n.isUp() && !n.isLoopback()) {
                Collections.list(n.getInetAddresses()).stream().filter(a -> a instanceof Inet4Address).forEach(out::add);
            }
        }
        return out;
    }

    static boolean connects(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
