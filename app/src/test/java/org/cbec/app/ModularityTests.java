package org.cbec.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds: modules use each other only through their API packages; domains stay plain. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CbecApplication.class);
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.cbec.app");

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void domainPackagesUseNeitherSpringNorSql() {
        // a package-info may name the package an interface of its module (Spring Modulith): a declaration, no code
        noClasses().that().resideInAPackage("..domain..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void onlyPersistenceAdaptersTouchTheDatabase() {
        noClasses().that().resideOutsideOfPackage("..persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(classes);
    }

    @Test
    void applicationCodeKnowsNothingOfTheWeb() {
        // refusals are org.cbec.app.shared.Refusal; the web layer alone turns them into HTTP answers
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "jakarta.servlet..", "org.cbec.app.api..")
                .check(classes);
    }

    @Test
    void webAdaptersGoThroughTheApplicationLayer() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .check(classes);
    }

    /** A class that grows past 300 lines in these modules is doing more than one thing; split it. */
    @Test
    void noClassOfClearanceExportOrCustomsIsOver300Lines() throws IOException {
        Path root = Path.of("src/main/java/org/cbec/app");
        for (String module : List.of("clearance", "export", "customs")) {
            try (var files = Files.walk(root.resolve(module))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    try {
                        assertThat(Files.readAllLines(f)).as(f.toString()).hasSizeLessThanOrEqualTo(300);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    /** Writes the module diagrams (PlantUML, under target/spring-modulith-docs) on request: -Dcbec.docs=true. */
    @Test
    @EnabledIfSystemProperty(named = "cbec.docs", matches = "true")
    void documentTheModules() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
