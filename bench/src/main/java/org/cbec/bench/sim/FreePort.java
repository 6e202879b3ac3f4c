package org.cbec.bench.sim;

import java.net.ServerSocket;

/** Prints a TCP port free on this machine now, for a script that starts the platform (CI's smoke check). */
public final class FreePort {

    private FreePort() {
    }

    public static void main(String[] args) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            System.out.println(socket.getLocalPort());
        }
    }
}
