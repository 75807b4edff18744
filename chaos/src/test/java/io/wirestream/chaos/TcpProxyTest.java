package io.wirestream.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy that takes PostgreSQL away from the sink: forwards, cuts, forwards again. */
class TcpProxyTest {

    private ServerSocket echo;
    private Thread echoThread;

    @BeforeEach
    void startEchoServer() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        echoThread = new Thread(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket s = echo.accept();
                    Thread t = new Thread(() -> {
                        try (s; var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                                var out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8)) {
                            String line;
                            while ((line = in.readLine()) != null) {
                                out.println("echo " + line);
                            }
                        } catch (IOException e) {
                            // connection gone
                        }
                    });
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        echoThread.setDaemon(true);
        echoThread.start();
    }

    @AfterEach
    void stopEchoServer() throws IOException {
        echo.close();
    }

    @Test
    void shouldForwardThenCutOpenAndNewConnectionsThenForwardAgain() throws IOException {
        try (TcpProxy proxy = TcpProxy.start("127.0.0.1", echo.getLocalPort())) {
            Socket before = new Socket("127.0.0.1", proxy.port());
            assertThat(roundTrip(before, "one")).isEqualTo("echo one");

            proxy.cut();

            assertThatThrownBy(() -> roundTrip(before, "two")).as("an open connection breaks").isInstanceOf(IOException.class);
            assertThatThrownBy(() -> {
                try (Socket during = new Socket("127.0.0.1", proxy.port())) {
                    roundTrip(during, "three");
                }
            }).as("a new connection is closed at once").isInstanceOf(IOException.class);

            proxy.restore();

            try (Socket after = new Socket("127.0.0.1", proxy.port())) {
                assertThat(roundTrip(after, "four")).isEqualTo("echo four");
            }
            before.close();
        }
    }

    private static String roundTrip(Socket s, String line) throws IOException {
        s.setSoTimeout(5_000);
        PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
        out.println(line);
        if (out.checkError()) {
            throw new IOException("write failed");
        }
        String answer = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (answer == null) {
            throw new IOException("connection closed");
        }
        return answer;
    }
}
