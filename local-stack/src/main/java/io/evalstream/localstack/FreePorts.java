package io.evalstream.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks free TCP ports on the loopback interface.
 *
 * <p>Why: the KRaft controller port must be known before the broker starts (it is written into
 * {@code controller.quorum.voters}), and tests run several stacks side by side, so fixed ports would clash. The
 * ports are found by binding port 0; all sockets of one call stay open until every port is found, so one call
 * never returns the same port twice. A port can still be taken by another process between this call and the
 * server's bind; that window is small and accepted for a local stack.
 */
public final class FreePorts {

    private FreePorts() {
    }

    /** One free loopback port. */
    public static int find() {
        return find(1).get(0);
    }

    /** {@code count} distinct free loopback ports. */
    public static List<Integer> find(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                sockets.add(socket);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                ports.add(socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is free either way
                }
            }
        }
    }

    /** {@code port} if it is set (greater than 0), otherwise a free port. */
    public static int orFree(int port) {
        return port > 0 ? port : find();
    }
}
