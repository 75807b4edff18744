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

/** The proxy that takes PostgreSQL away from the sink: forwards, cuts or stalls, forwards again. */
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

    @Test
    void shouldHoldEveryByteWhileStalledWithoutClosingAnythingThenDeliverThem() throws IOException {
        try (TcpProxy proxy = TcpProxy.start("127.0.0.1", echo.getLocalPort());
                Socket before = new Socket("127.0.0.1", proxy.port())) {
            BufferedReader beforeIn = reader(before);
            send(before, "one");
            assertThat(beforeIn.readLine()).isEqualTo("echo one");

            proxy.stall();

            send(before, "two");
            before.setSoTimeout(500);
            assertThatThrownBy(beforeIn::readLine).as("no answer through a stalled link")
                    .isInstanceOf(java.net.SocketTimeoutException.class);
            try (Socket during = new Socket("127.0.0.1", proxy.port())) {
                BufferedReader duringIn = reader(during);
                send(during, "three");
                during.setSoTimeout(500);
                assertThatThrownBy(duringIn::readLine).as("a new connection is accepted, and stalls too")
                        .isInstanceOf(java.net.SocketTimeoutException.class);

                proxy.restore();

                during.setSoTimeout(5_000);
                before.setSoTimeout(5_000);
                assertThat(duringIn.readLine()).as("held bytes go through once restored").isEqualTo("echo three");
                assertThat(beforeIn.readLine()).isEqualTo("echo two");
            }
        }
    }

    private static BufferedReader reader(Socket s) throws IOException {
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void send(Socket s, String line) throws IOException {
        PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
        out.println(line);
        if (out.checkError()) {
            throw new IOException("write failed");
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
