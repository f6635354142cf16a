package org.rewire.shd;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A dataset release served on loopback for download tests: files by name, with switches to drop the
 * connection half-way through one of them. Records every path requested.
 */
final class ReleaseServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, Boolean> dropped = new ConcurrentHashMap<>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  ReleaseServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/release/", this::serve);
    server.start();
  }

  /** The release folder's address. */
  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/release/");
  }

  ReleaseServer put(String name, byte[] content) {
    files.put(name, content);
    return this;
  }

  ReleaseServer remove(String name) {
    files.remove(name);
    return this;
  }

  /** Serves {@code name} with its full length announced, then closes after half the bytes. */
  ReleaseServer dropHalfWay(String name) {
    dropped.put(name, true);
    return this;
  }

  List<String> requests() {
    return List.copyOf(requests);
  }

  private void serve(HttpExchange exchange) throws IOException {
    String name = exchange.getRequestURI().getPath().substring("/release/".length());
    requests.add(name);
    byte[] content = files.get(name);
    try (exchange) {
      if (content == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.sendResponseHeaders(200, content.length);
      OutputStream out = exchange.getResponseBody();
      if (dropped.containsKey(name)) {
        out.write(Arrays.copyOf(content, content.length / 2));
        out.flush();
        // The JDK server closes the socket when a handler throws: a dropped connection.
        throw new IOException("dropping the connection on purpose");
      }
      out.write(content);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
