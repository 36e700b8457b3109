package id.sinkron.examples;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A Dapodik Web Service on loopback serving the demo school's responses (any Bearer token
 * accepted).
 */
public final class LoopbackDapodik implements AutoCloseable {
  private final HttpServer server;

  public LoopbackDapodik() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/WebService/",
        exchange -> {
          String name = exchange.getRequestURI().getPath().substring("/WebService/".length());
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          byte[] body;
          int status = 200;
          if (auth == null || !auth.startsWith("Bearer ") || auth.length() <= 7) {
            body = "Access denied - You are not authorized to access this page. #1".getBytes();
          } else {
            try (InputStream in =
                LoopbackDapodik.class.getResourceAsStream("/demo/" + name + ".json")) {
              if (in == null) {
                status = 404;
                body = "not found".getBytes();
              } else {
                body = in.readAllBytes();
              }
            }
          }
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
