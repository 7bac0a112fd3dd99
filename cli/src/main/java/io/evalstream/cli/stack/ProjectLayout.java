package io.evalstream.cli.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository root and the packaged services in it. The CLI runs from the source tree (that is how
 * the quickstart works), so the jars are where Maven left them.
 */
public record ProjectLayout(Path root) {

    /** {@code evalstream.home} if set, else the first ancestor of the working directory holding the services. */
    public static ProjectLayout discover() {
        String home = System.getProperty("evalstream.home", System.getenv("EVALSTREAM_HOME"));
        if (home != null && !home.isBlank()) {
            return new ProjectLayout(Path.of(home).toAbsolutePath().normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("scoring-service")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return new ProjectLayout(dir);
            }
        }
        throw new IllegalStateException(
                "cannot find the evalstream source tree from " + Path.of("").toAbsolutePath()
                        + "; run from inside it or set EVALSTREAM_HOME");
    }

    /** The fast-jar launcher Quarkus builds for a service module. */
    public Path serviceJar(ServiceName service) {
        Path jar = root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with 'mvn -DskipTests install'");
        }
        return jar;
    }

    /** Where the quickstart keeps its broker, database and logs between starts. */
    public Path defaultDataDir() {
        return root.resolve(".evalstream");
    }
}
