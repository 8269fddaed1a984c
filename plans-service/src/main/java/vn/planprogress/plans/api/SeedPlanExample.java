package vn.planprogress.plans.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** Adds the seed plan (samples/ke-hoach-tuyen-truyen-cchc-2022.json) as the example of a whole plan. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SeedPlanExample implements OASFilter {

    static final String SAMPLE = "/samples/ke-hoach-tuyen-truyen-cchc-2022.json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try (InputStream in = SeedPlanExample.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is missing from the classpath");
            }
            Object plan = new ObjectMapper().readValue(in, Object.class);
            if (openAPI.getComponents() == null) {
                openAPI.setComponents(OASFactory.createComponents());
            }
            openAPI.getComponents().addExample("seed-plan", OASFactory.createExample()
                    .summary("The 2022 administrative-reform communication plan of the Quảng Ngãi Department of Science and Technology")
                    .value(plan));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
