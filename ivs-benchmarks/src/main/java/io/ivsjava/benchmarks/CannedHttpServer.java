package io.ivsjava.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The least a server can do: a loopback socket that reads each HTTP/1.1 request (headers and body) and writes one
 * canned response, on kept-alive connections, a thread per connection. What a client achieves against it is the
 * client-bound limit of a request.
 */
final class CannedHttpServer implements AutoCloseable {
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final byte[] response;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    /**
     * Starts the server on a free loopback port.
     *
     * @param contentType the response's content type
     * @param body the response body
     * @throws IOException if the port cannot be opened
     */
    CannedHttpServer(String contentType, byte[] body) throws IOException {
        String head = "HTTP/1.1 200 OK\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "x-amzn-RequestId: 0b1d2c3e-canned-0000-0000-000000000000\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: keep-alive\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        this.response = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, response, 0, headBytes.length);
        System.arraycopy(body, 0, response, headBytes.length, body.length);
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        this.acceptor = new Thread(this::acceptLoop, "canned-http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                connections.add(socket);
                Thread worker = new Thread(() -> serve(socket), "canned-http-" + socket.getPort());
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
             OutputStream out = socket.getOutputStream()) {
            StringBuilder line = new StringBuilder();
            while (true) {
                long contentLength = 0;
                boolean expectContinue = false;
                boolean sawRequestLine = false;
                // headers, line by line, up to the empty line
                while (true) {
                    line.setLength(0);
                    if (!readLine(in, line)) {
                        return;
                    }
                    if (line.length() == 0) {
                        if (sawRequestLine) {
                            break;
                        }
                        continue;
                    }
                    sawRequestLine = true;
                    String header = line.toString().toLowerCase(Locale.ROOT);
                    if (header.startsWith("content-length:")) {
                        contentLength = Long.parseLong(header.substring(15).trim());
                    } else if (header.startsWith("expect:") && header.contains("100-continue")) {
                        expectContinue = true;
                    }
                }
                if (expectContinue) {
                    out.write(CONTINUE);
                    out.flush();
                }
                in.skipNBytes(contentLength);
                out.write(response);
                out.flush();
            }
        } catch (IOException e) {
            // the client closed the connection
        } finally {
            connections.remove(socket);
        }
    }

    private static boolean readLine(InputStream in, StringBuilder line) throws IOException {
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                int last = line.length() - 1;
                if (last >= 0 && line.charAt(last) == '\r') {
                    line.setLength(last);
                }
                return true;
            }
            line.append((char) b);
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : connections) {
            socket.close();
        }
    }
}
