package news.byline;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shared layers sit at the bottom of the package graph: the HTTP layer ({@code web}), the caches and
 * the settings serve every feature and know none, so a feature can change without touching them. Features
 * register what the shared layers need through interfaces, CDI events or annotations.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("news.byline");

    private static final String[] SHARED = {"news.byline.web..", "news.byline.cache..", "news.byline.config.."};

    @Test
    void sharedLayersDependOnNoFeature() {
        noClasses().that().resideInAnyPackage(SHARED)
                .should().dependOnClassesThat(resideInAPackage("news.byline..").and(not(resideInAnyPackage(SHARED))))
                .check(MAIN);
    }

    @Test
    void settingsDependOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("news.byline.config..")
                .should().dependOnClassesThat().resideInAnyPackage("news.byline.web..", "news.byline.cache..")
                .check(MAIN);
    }
}
