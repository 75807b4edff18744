package io.wirestream.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import picocli.CommandLine;

/** Fails early, naming the flag, when a port a command should listen on is taken. */
final class Ports {

    private Ports() {
    }

    static void requireFree(String host, int port, String flag) {
        if (port == 0) {
            return;
        }
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw new CommandLine.PicocliException("port " + port + " on " + host + " is in use (" + e.getMessage()
                    + "); choose another with " + flag + " N, or " + flag + " 0 for a free one");
        }
    }
}
