package org.gdprretention.alfrescoapi.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public and protected types compiled from a module's {@code src/main/java}: every {@code .class} file under
 * its output directory, loaded by name, without anonymous, local or synthetic classes.
 */
public final class CompiledClasses {

    private CompiledClasses() {
    }

    /** The output directory that holds {@code anyMainClass}, e.g. {@code target/classes}. */
    public static Path outputDirectoryOf(Class<?> anyMainClass) {
        try {
            return Paths.get(anyMainClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the classes of " + anyMainClass, e);
        }
    }

    public static List<Class<?>> apiTypesIn(Path outputDirectory) {
        try (Stream<Path> files = Files.walk(outputDirectory)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> binaryName(outputDirectory, file))
                    .filter(name -> !name.equals("module-info") && !name.endsWith("package-info"))
                    .map(CompiledClasses::load)
                    .filter(type -> !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic())
                    .filter(type -> Modifier.isPublic(type.getModifiers())
                            || Modifier.isProtected(type.getModifiers()))
                    .sorted(Comparator.comparing(Class::getName))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + outputDirectory, e);
        }
    }

    private static String binaryName(Path root, Path classFile) {
        String relative = root.relativize(classFile).toString();
        return relative.substring(0, relative.length() - ".class".length()).replace('/', '.').replace('\\', '.');
    }

    private static Class<?> load(String binaryName) {
        try {
            return Class.forName(binaryName, false, CompiledClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Compiled class cannot be loaded: " + binaryName, e);
        }
    }
}
