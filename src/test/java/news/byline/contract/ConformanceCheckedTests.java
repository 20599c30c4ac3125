package news.byline.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Puts the conformance check in front of every request a @QuarkusTest makes through RestAssured. */
public class ConformanceCheckedTests implements QuarkusTestBeforeEachCallback {
    private static OpenApiConformance conformance;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        synchronized (ConformanceCheckedTests.class) {
            if (conformance == null) {
                conformance = new OpenApiConformance();
            }
        }
        if (!RestAssured.filters().contains(conformance)) {
            RestAssured.filters(conformance);
        }
    }
}
