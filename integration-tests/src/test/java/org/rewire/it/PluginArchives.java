package org.rewire.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.rewire.api.HardwareTargetProvider;

/**
 * Builds real third-party plugin archives the way a vendor would: compiles a plugin's sources
 * against the api jar alone, registers the provider in {@code META-INF/services}, and writes a PF4J
 * jar (descriptor in the manifest) or zip ({@code plugin.properties} plus {@code lib/NAME.jar}).
 * The {@code ring} plugin is the example vendors copy, {@code examples/ring-target}; the others are
 * faulty plugins kept with the tests in {@code src/test/resources/thirdparty/NAME}.
 */
final class PluginArchives {
  /** The example project's sources, from this module's folder (where the tests run). */
  private static final Path RING_SOURCES = Path.of("../examples/ring-target/src/main/java");

  private PluginArchives() {}

  /** A plugin jar whose manifest is its PF4J descriptor. */
  static Path jar(String name, String pluginId, String requires, String providerClass, Path into)
      throws Exception {
    Path classes = compile(name, into.resolveSibling("build-" + name), apiClassPath());
    Manifest manifest = new Manifest();
    Attributes a = manifest.getMainAttributes();
    a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    a.putValue("Plugin-Id", pluginId);
    a.putValue("Plugin-Version", "1.2.0");
    a.putValue("Plugin-Requires", requires);
    a.putValue("Plugin-Provider", "Example Vendor");
    Files.createDirectories(into);
    Path jar = into.resolve(name + ".jar");
    writeJar(jar, manifest, classes, providerClass);
    return jar;
  }

  /** A plugin zip: {@code plugin.properties} and the code in {@code lib/}. */
  static Path zip(String name, String pluginId, String requires, String providerClass, Path into)
      throws Exception {
    return zip(name, pluginId, requires, providerClass, into, apiClassPath());
  }

  /**
   * A plugin zip compiled against {@code classPath} instead of the current api: how a plugin built
   * for an earlier api version is made.
   */
  static Path zip(
      String name,
      String pluginId,
      String requires,
      String providerClass,
      Path into,
      String classPath)
      throws Exception {
    Path classes = compile(name, into.resolveSibling("build-" + name), classPath);
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    Path inner = into.resolveSibling("build-" + name).resolve(name + ".jar");
    writeJar(inner, manifest, classes, providerClass);
    Files.createDirectories(into);
    Path zip = into.resolve(name + ".zip");
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry("plugin.properties"));
      out.write(
          ("plugin.id="
                  + pluginId
                  + "\nplugin.version=1.2.0\nplugin.requires="
                  + requires
                  + "\nplugin.provider=Example Vendor\n")
              .getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("lib/" + name + ".jar"));
      out.write(Files.readAllBytes(inner));
    }
    return zip;
  }

  private static Path compile(String name, Path work, String classPath) throws IOException {
    Path sources =
        name.equals("ring") ? RING_SOURCES : Path.of("src/test/resources/thirdparty", name);
    return compileTree(sources, work.resolve("classes"), classPath, "the " + name + " plugin");
  }

  /**
   * Compiles every {@code .java} file under {@code sources} into {@code classes} for Java 17.
   *
   * @param what what is compiled, for the error
   * @throws IllegalStateException naming {@code what} if javac reports an error
   */
  static Path compileTree(Path sources, Path classes, String classPath, String what)
      throws IOException {
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>();
    args.addAll(List.of("-d", classes.toString(), "--release", "17", "-proc:none", "-nowarn"));
    args.addAll(List.of("-classpath", classPath));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int code = javac.run(null, null, null, args.toArray(String[]::new));
    if (code != 0) {
      throw new IllegalStateException("compiling " + what + " failed");
    }
    return classes;
  }

  /**
   * What a plugin compiles against: the api and the Jackson annotations it uses, both provided by
   * the application at run time.
   */
  private static String apiClassPath() throws URISyntaxException {
    return locationOf(HardwareTargetProvider.class)
        + java.io.File.pathSeparator
        + locationOf(com.fasterxml.jackson.annotation.JsonCreator.class);
  }

  /** The jar or folder a class was loaded from. */
  static Path locationOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static void writeJar(Path jar, Manifest manifest, Path classes, String providerClass)
      throws IOException {
    Files.createDirectories(jar.getParent());
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(p));
      }
      out.putNextEntry(new JarEntry("META-INF/services/" + HardwareTargetProvider.class.getName()));
      out.write((providerClass + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
