package id.sinkron.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * What a release needs from the build (issue 11): the license, the metadata Maven Central requires,
 * a BOM that manages every published module of the reactor, and a consumer project (issue 19) that
 * uses the version being built.
 */
class BuildMetadataTest {
  private static final Path ROOT = Path.of("..");
  private static final XPath X = XPathFactory.newInstance().newXPath();

  private static Document pom(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  private static String text(Document d, String xpath) throws Exception {
    return X.evaluate(xpath, d).trim();
  }

  private static List<String> texts(Document d, String xpath) throws Exception {
    NodeList nodes = (NodeList) X.evaluate(xpath, d, XPathConstants.NODESET);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().trim());
    }
    return out;
  }

  @Test
  void theLicenseIsApache2() throws Exception {
    String license = Files.readString(ROOT.resolve("LICENSE"));
    assertThat(license).contains("Apache License", "Version 2.0, January 2004");
  }

  @Test
  void parentAndBomCarryCentralsMetadata() throws Exception {
    for (Path p : List.of(ROOT.resolve("pom.xml"), ROOT.resolve("bom/pom.xml"))) {
      Document d = pom(p);
      assertThat(text(d, "/project/url")).as(p + " url").isNotEmpty();
      assertThat(text(d, "/project/name")).as(p + " name").isNotEmpty();
      assertThat(text(d, "/project/description")).as(p + " description").isNotEmpty();
      assertThat(text(d, "/project/licenses/license/name"))
          .as(p + " license")
          .isEqualTo("Apache License, Version 2.0");
      assertThat(text(d, "/project/scm/connection")).as(p + " scm").startsWith("scm:git:");
      assertThat(text(d, "/project/developers/developer/name")).as(p + " developers").isNotEmpty();
      assertThat(
              texts(d, "/project/profiles/profile[id='release']/build/plugins/plugin/artifactId"))
          .as(p + " release profile")
          .contains("maven-gpg-plugin", "central-publishing-maven-plugin");
    }
  }

  @Test
  void theBomManagesEveryPublishedModule() throws Exception {
    Document parent = pom(ROOT.resolve("pom.xml"));
    Document bom = pom(ROOT.resolve("bom/pom.xml"));
    String version = text(parent, "/project/version");
    assertThat(text(bom, "/project/version")).isEqualTo(version);
    assertThat(text(bom, "/project/parent")).as("the BOM has no parent").isEmpty();
    List<String> managed =
        texts(bom, "/project/dependencyManagement/dependencies/dependency/artifactId");

    List<String> published = new ArrayList<>();
    for (String module : texts(parent, "//modules/module")) {
      Document m = pom(ROOT.resolve(module).resolve("pom.xml"));
      String packaging = text(m, "/project/packaging");
      boolean unpublished = text(m, "/project/properties/sinkron.unpublished").equals("true");
      if (!unpublished && (packaging.isEmpty() || packaging.equals("jar"))) {
        published.add(text(m, "/project/artifactId"));
      }
    }
    assertThat(published).contains("sinkron-core", "sinkron-testkit");
    assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void theConsumerProjectUsesTheVersionBeingBuilt() throws Exception {
    String version = text(pom(ROOT.resolve("pom.xml")), "/project/version");
    for (String p : List.of("pom.xml", "pom-spring-boot-3.xml", "pom-jackson-oldest.xml")) {
      assertThat(
              text(
                  pom(ROOT.resolve("consumer-it").resolve(p)),
                  "/project/properties/sinkron.version"))
          .as("consumer-it/" + p)
          .isEqualTo(version);
    }
    assertThat(Files.readString(ROOT.resolve(".ci/run")))
        .contains(
            "-f consumer-it/pom.xml",
            "-f consumer-it/pom-spring-boot-3.xml",
            "-f consumer-it/pom-jackson-oldest.xml");
  }
}
