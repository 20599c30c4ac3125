package news.byline;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import news.byline.cache.ContentChanged;
import org.junit.jupiter.api.Test;

/**
 * The package graph is one-way. The shared layers sit at the bottom: the HTTP layer ({@code web}), the
 * caches, the settings, what all content shares ({@code content}) and its events ({@code event}: the outbox
 * and the change feed, which store what features hand them as JSON) serve every feature and know none, so a
 * feature can change without touching them. Features register what the shared layers need through
 * interfaces, CDI events or annotations, and a feature that points at another's entities answers for those
 * references itself ({@code content.ReferenceHolder}).
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("news.byline");

    private static final String[] SHARED = {"news.byline.web..", "news.byline.cache..", "news.byline.config..",
            "news.byline.content..", "news.byline.event..", "news.byline.domain.."};

    @Test
    void packagesDoNotDependOnEachOtherInCircles() {
        slices().matching("news.byline.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void sharedLayersDependOnNoFeature() {
        noClasses().that().resideInAnyPackage(SHARED)
                .should().dependOnClassesThat(resideInAPackage("news.byline..").and(not(resideInAnyPackage(SHARED))))
                .check(MAIN);
    }

    @Test
    void theHttpLayerRunsNoQueries() {
        noClasses().that().resideInAPackage("news.byline.web..")
                .should().dependOnClassesThat().resideInAPackage("io.quarkus.hibernate.orm.panache..")
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(MAIN);
    }

    @Test
    void resourcesHoldNoTransactionsAndRunNoQueries() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().beAnnotatedWith(Transactional.class)
                .orShould().dependOnClassesThat().resideInAPackage("io.quarkus.hibernate.orm.panache..")
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(MAIN);
        noMethods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .should().beAnnotatedWith(Transactional.class)
                .check(MAIN);
    }

    /** A purge names its keys through an entity's keys function or list keys, never by building the event itself. */
    @Test
    void onlyTheCacheLayerFiresPurges() {
        noClasses().that().resideOutsideOfPackage("news.byline.cache..")
                .should().callConstructor(ContentChanged.class, java.util.Set.class, boolean.class)
                .check(MAIN);
    }

    /** What services speak (versions, preconditions, refusals, pages) is the bottom layer: it knows nothing else of ours. */
    @Test
    void theDomainLanguageDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("news.byline.domain..")
                .should().dependOnClassesThat(resideInAPackage("news.byline..").and(not(resideInAPackage("news.byline.domain.."))))
                .check(MAIN);
    }

    /**
     * Services speak the domain, not HTTP: no If-Match strings, response tags, problem exceptions or paging
     * parameters in or out (the resources translate), nor a security identity (an {@code Actor} instead).
     */
    @Test
    void servicesKnowNoHttp() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage("news.byline.web..")
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.security.identity.SecurityIdentity")
                .check(MAIN);
    }

    /**
     * The HTTP layer has rooms: problem responses, JSON rules, paging, conditional requests, OpenAPI, route
     * declarations, and the request pipeline that uses them all. The rooms do not reach into the pipeline
     * or into each other in circles.
     */
    @Test
    void theHttpLayerHasRoomsThatDoNotDependOnThePipeline() {
        noClasses().that().resideInAPackage("news.byline.web..").and().resideOutsideOfPackage("news.byline.web.pipeline..")
                .should().dependOnClassesThat().resideInAPackage("news.byline.web.pipeline..")
                .check(MAIN);
        classes().that().resideInAPackage("news.byline.web..").and().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage("news.byline.web.problem", "news.byline.web.json", "news.byline.web.paging",
                        "news.byline.web.conditional", "news.byline.web.openapi", "news.byline.web.route", "news.byline.web.pipeline")
                .check(MAIN);
        slices().matching("news.byline.web.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void settingsDependOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("news.byline.config..")
                .should().dependOnClassesThat().resideInAnyPackage("news.byline.web..", "news.byline.cache..")
                .check(MAIN);
    }
}
