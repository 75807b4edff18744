package io.wirestream.producer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code POST} the way curl sends a large body: {@code Expect: 100-continue}, and the body only once the
 * server asks for it with {@code 100 Continue}. A server that can answer from the headers alone (a wrong token,
 * a declared length over the limit, a content type it does not take) should answer at once and never ask.
 * <p>
 * Written on a socket because the JDK 17 {@code HttpClient} cannot be that client: given a final answer instead
 * of {@code 100 Continue} it waits forever (JDK-8286171, fixed in JDK 20).
 *
 * @param status the final status
 * @param body the final answer's body
 * @param askedForBody whether the server answered {@code 100 Continue} (and the body was sent)
 */
public record ExpectContinue(int status, String body, boolean askedForBody) {

    public static ExpectContinue post(int port, String target, Map<String, String> headers, byte[] body, Duration timeout)
            throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout((int) timeout.toMillis());
            OutputStream out = s.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Expect: 100-continue\r\nContent-Length: ").append(body.length).append("\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = readHead(in);
            boolean asked = status(answer) == 100;
            if (asked) {
                out.write(body);
                out.flush();
                answer = readHead(in);
            }
            return new ExpectContinue(status(answer), readBody(in, answer), asked);
        }
    }

    /** A final HTTP answer as read off a socket. */
    public record Answer(int status, String body) {
    }

    /** Reads one answer (status line, headers, a body by Content-Length, chunks or up to the end) from {@code in}. */
    public static Answer readAnswer(InputStream in) throws IOException {
        String head = readHead(in);
        return new Answer(status(head), readBody(in, head));
    }

    private static int status(String head) {
        String[] statusLine = head.split("\r\n", 2)[0].split(" ");
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
            throw new IllegalStateException("not an HTTP answer: " + head);
        }
        return Integer.parseInt(statusLine[1]);
    }

    /** The status line and headers, up to the empty line, read byte by byte so nothing after them is consumed. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            String h = head.toString(StandardCharsets.ISO_8859_1);
            if (h.endsWith("\r\n\r\n")) {
                return h;
            }
        }
        throw new IOException("the connection closed without an answer" + (head.size() > 0 ? " after: " + head : ""));
    }

    private static String readBody(InputStream in, String head) throws IOException {
        String lower = head.toLowerCase(Locale.ROOT);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = lower.indexOf("\r\ncontent-length:");
        if (at >= 0) {
            int length = Integer.parseInt(lower.substring(at + 17, lower.indexOf("\r\n", at + 2)).trim());
            body.write(in.readNBytes(length));
        } else if (lower.contains("\r\ntransfer-encoding: chunked")) {
            int size;
            while ((size = Integer.parseInt(readLine(in).trim(), 16)) > 0) {
                body.write(in.readNBytes(size));
                readLine(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
