package gr.cloudu.helpdesk.shared.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the pages exists in English and in Greek. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"gr/cloudu/helpdesk/web/Messages", "gr/cloudu/helpdesk/web/FacesMessages"})
    void englishAndGreekHaveTheSameKeys(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties greek = load(bundle + "_el.properties");

        assertThat(greek.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(greek.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
