package io.wirestream.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loopback TCP forwarder in front of a server (PostgreSQL here), which a test can cut or stall: the
 * server becomes unreachable for whatever connects through the proxy, without stopping a server other
 * people share. {@link #cut()} resets every open connection and answers new ones with an immediate
 * close (a host that is down or a firewall that rejects); {@link #stall()} keeps every connection,
 * open and new, but lets no byte through either way (a link that drops packets, a server that hangs);
 * {@link #restore()} forwards again.
 */
public final class TcpProxy implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TcpProxy.class);

    private final InetSocketAddress target;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean cut;
    private volatile boolean stalled;
    private volatile boolean closed;

    private TcpProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.acceptor = new Thread(this::acceptLoop, "tcp-proxy-" + server.getLocalPort());
        acceptor.setDaemon(true);
    }

    /** A proxy on a free loopback port forwarding to {@code host:port}. */
    public static TcpProxy start(String host, int port) {
        try {
            TcpProxy p = new TcpProxy(new InetSocketAddress(host, port));
            p.acceptor.start();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a proxy port: " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Connections forwarded right now. */
    public int openConnections() {
        return open.size() / 2;
    }

    /** The target becomes unreachable: open connections are reset, new ones closed at once. */
    public void cut() {
        cut = true;
        for (Socket s : open) {
            closeQuietly(s, true);
        }
        open.clear();
        LOG.info("proxy :{} -> {}: cut", port(), target);
    }

    /** No byte passes, either way, on open connections or new ones; nothing is closed. */
    public void stall() {
        stalled = true;
        LOG.info("proxy :{} -> {}: stalled", port(), target);
    }

    /** Forwards again (bytes held by a stall go on to connections that are still open). */
    public void restore() {
        cut = false;
        stalled = false;
        LOG.info("proxy :{} -> {}: restored", port(), target);
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("proxy :{}: accept failed: {}", port(), e.toString());
                }
                continue;
            }
            if (cut) {
                closeQuietly(client, true);
                continue;
            }
            Socket upstream = new Socket();
            try {
                upstream.connect(target, 5_000);
            } catch (IOException e) {
                closeQuietly(client, true);
                closeQuietly(upstream, false);
                continue;
            }
            open.add(client);
            open.add(upstream);
            pump(client, upstream, "up");
            pump(upstream, client, "down");
        }
    }

    private void pump(Socket from, Socket to, String direction) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    while (stalled && !closed && !to.isClosed()) {
                        Thread.sleep(20); // hold the bytes; TCP's flow control then holds the sender
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side or cut() closed the connection
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from, false);
                closeQuietly(to, false);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-proxy-" + port() + "-" + direction);
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s, boolean reset) {
        try {
            if (reset && !s.isClosed()) {
                s.setSoLinger(true, 0); // RST, as a connection that breaks, not a polite FIN
            }
            s.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket s : open) {
            closeQuietly(s, false);
        }
        open.clear();
    }
}
