import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a release staged by {@code ./mvnw -Prelease deploy} as Maven Central needs it: for ivs-parent, the BOM and
 * every module the BOM names, a POM with name, description, url, licenses, developers and scm (inherited from
 * ivs-parent where the module's own POM leaves them out); for each jar module its jar (holding module-info.class),
 * sources and javadoc jars; for every file a signature (.asc) and .md5 and .sha1 files that match it; and nothing
 * else of the project staged. Then zips the staged files (without maven-metadata) as a Central bundle.
 *
 * <p>{@code java CheckStaging.java <staging dir> <ivs-bom pom.xml> <version> <bundle.zip>}
 */
public final class CheckStaging {
    private static final String GROUP = "io/ivsjava";
    private static final List<String> FAILURES = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path staging = Path.of(args[0]);
        List<String> modules = bomModules(Path.of(args[1]));
        String version = args[2];
        Path bundle = Path.of(args[3]);

        Map<String, String> poms = new LinkedHashMap<>();
        poms.put("ivs-parent", "pom");
        poms.put("ivs-bom", "pom");
        modules.forEach(m -> poms.put(m, "jar"));

        Set<String> staged = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(staging.resolve(GROUP))) {
            dirs.forEach(d -> staged.add(d.getFileName().toString()));
        }
        if (!staged.equals(poms.keySet())) {
            fail("staged " + staged + ", expected exactly " + new TreeSet<>(poms.keySet()));
        }

        int files = 0;
        for (Map.Entry<String, String> module : poms.entrySet()) {
            String artifact = module.getKey();
            Path dir = staging.resolve(GROUP).resolve(artifact).resolve(version);
            List<String> expected = new ArrayList<>(List.of(artifact + "-" + version + ".pom"));
            if (module.getValue().equals("jar")) {
                expected.add(artifact + "-" + version + ".jar");
                expected.add(artifact + "-" + version + "-sources.jar");
                expected.add(artifact + "-" + version + "-javadoc.jar");
            }
            for (String name : expected) {
                files += checkFile(dir.resolve(name));
            }
            checkMetadata(staging, artifact, version);
            if (module.getValue().equals("jar")) {
                requireEntry(dir.resolve(artifact + "-" + version + ".jar"), "module-info.class");
                requireEntry(dir.resolve(artifact + "-" + version + "-sources.jar"), "module-info.java");
                requireEntry(dir.resolve(artifact + "-" + version + "-javadoc.jar"), "index.html");
            }
            System.out.printf("%-32s %s: %s%n", artifact, module.getValue(),
                    FAILURES.isEmpty() ? "pom, signatures, checksums" + (module.getValue().equals("jar")
                            ? ", jar (module-info.class), sources, javadoc" : "") : "see failures");
        }
        if (!FAILURES.isEmpty()) {
            FAILURES.forEach(f -> System.out.println("FAILED: " + f));
            System.exit(1);
        }
        int zipped = zip(staging, bundle);
        System.out.println("staging complete: " + poms.size() + " artifacts, " + files + " files checked; bundle of "
                + zipped + " files: " + bundle);
    }

    /** Checks that a file exists, is signed, and has matching .md5 and .sha1 files; returns 1. */
    private static int checkFile(Path file) throws IOException, NoSuchAlgorithmException {
        if (!Files.isRegularFile(file)) {
            fail("missing " + file);
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        for (String[] sum : new String[][] {{"md5", "MD5"}, {"sha1", "SHA-1"}}) {
            Path checksum = Path.of(file + "." + sum[0]);
            String want = HexFormat.of().formatHex(MessageDigest.getInstance(sum[1]).digest(bytes));
            if (!Files.isRegularFile(checksum)) {
                fail("missing " + checksum);
            } else if (!Files.readString(checksum).strip().startsWith(want)) {
                fail(checksum + " does not match " + file.getFileName());
            }
        }
        Path signature = Path.of(file + ".asc");
        if (!Files.isRegularFile(signature)
                || !Files.readString(signature).startsWith("-----BEGIN PGP SIGNATURE-----")) {
            fail("missing or not an armored signature: " + signature);
        }
        return 1;
    }

    private static void checkMetadata(Path staging, String artifact, String version) throws Exception {
        for (String element : List.of("name", "description", "url", "licenses/license/name",
                "developers/developer/name", "scm/url", "scm/connection")) {
            if (inherited(staging, artifact, version, element) == null) {
                fail(artifact + "'s POM has no " + element + " (nor does its parent)");
            }
        }
    }

    /** An element's text in a staged POM, or in its staged parent's when the POM has none. */
    private static String inherited(Path staging, String artifact, String version, String path) throws Exception {
        Path pom = staging.resolve(GROUP).resolve(artifact).resolve(version).resolve(artifact + "-" + version + ".pom");
        Element project = read(pom);
        String text = text(project, path);
        if (text != null) {
            return text;
        }
        Element parent = child(project, "parent");
        if (parent != null && "io.ivsjava".equals(text(parent, "groupId"))) {
            return inherited(staging, text(parent, "artifactId"), text(parent, "version"), path);
        }
        return null;
    }

    private static String text(Element element, String path) {
        Element at = element;
        for (String name : path.split("/")) {
            at = child(at, name);
            if (at == null) {
                return null;
            }
        }
        String text = at.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static Element read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(pom.toFile());
        return document.getDocumentElement();
    }

    private static List<String> bomModules(Path bom) throws Exception {
        List<String> modules = new ArrayList<>();
        Element management = child(read(bom), "dependencyManagement");
        for (Node n = child(management, "dependencies").getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element dependency && dependency.getTagName().equals("dependency")) {
                modules.add(text(dependency, "artifactId"));
            }
        }
        return modules;
    }

    private static void requireEntry(Path jar, String entry) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.getEntry(entry) == null) {
                fail(jar.getFileName() + " has no " + entry);
            }
        }
    }

    private static int zip(Path staging, Path bundle) throws IOException {
        Files.createDirectories(bundle.toAbsolutePath().getParent());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(staging)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("maven-metadata"))
                    .sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(staging.relativize(file).toString()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return files.size();
    }

    private static void fail(String failure) {
        FAILURES.add(failure);
    }
}
