// A Neo4j Community server for crimegraph's tests: embedded, Bolt on 127.0.0.1 only, no other
// connector, data in a temporary directory removed on exit; prints one "ready" line once Bolt listens.
package crimegraph;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Environment: NEO4J_PORT (default 7687); NEO4J_SERVER_PASSWORD turns auth on (user neo4j keeps
 * the initial password "neo4j" until the start script changes it over Bolt, the standard way); NEO4J_DATA_DIR keeps the data in a given directory
 * across restarts (tests of a server that dies mid-load) instead of a temporary one;
 * NEO4J_LOCK_TIMEOUT_MS bounds lock waits, so a blocked write fails with a transient error;
 * NEO4J_OWNER_PID makes the server stop when that process (a test run) is gone, so a killed test
 * run leaves no server behind.
 */
public final class TestServer {
    public static void main(String[] args) {
        try {
            run();
        } catch (Throwable e) {
            // Without this a failed start would leave Neo4j's own threads serving a half-made server.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
        String password = env("NEO4J_SERVER_PASSWORD", "");
        String keptDir = env("NEO4J_DATA_DIR", "");
        long lockTimeoutMs = Long.parseLong(env("NEO4J_LOCK_TIMEOUT_MS", "0"));
        boolean temporary = keptDir.isEmpty();
        Path home = temporary ? Files.createTempDirectory("crimegraph-neo4j-") : Files.createDirectories(Path.of(keptDir));

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // The routing connector would open a second port; tests talk to one server directly.
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, !password.isEmpty())
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.lock_acquisition_timeout, Duration.ofMillis(lockTimeoutMs))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            if (temporary) deleteTree(home);
            stopped.countDown();
        }));

        String owner = env("NEO4J_OWNER_PID", "");
        if (!owner.isEmpty()) {
            Thread watch = new Thread(() -> {
                while (ProcessHandle.of(Long.parseLong(owner)).map(ProcessHandle::isAlive).orElse(false)) {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                System.out.println("crimegraph-neo4j: owner process " + owner + " is gone; stopping");
                System.exit(0);
            }, "owner-watch");
            watch.setDaemon(true);
            watch.start();
        }
        System.out.println("crimegraph-neo4j ready bolt://127.0.0.1:" + port + " home " + home);
        System.out.flush();
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("crimegraph-neo4j: could not remove " + root + ": " + e.getMessage());
        }
    }
}
