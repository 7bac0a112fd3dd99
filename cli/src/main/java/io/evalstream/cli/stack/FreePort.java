package io.evalstream.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Picks a free TCP port on loopback for a service started with port 0. */
final class FreePort {
    private FreePort() {
    }

    static int pick() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
