package io.evalstream.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LocalStackResourceTest {

    @Test
    void suppliesTheQuarkusConfigurationOfOneSharedStack() throws Exception {
        LocalStackResource first = new LocalStackResource();
        Map<String, String> config = first.start();
        first.stop(); // must not stop the shared stack

        assertThat(config).containsOnlyKeys(
                "kafka.bootstrap.servers",
                "quarkus.datasource.jdbc.url",
                "quarkus.datasource.username",
                "quarkus.datasource.password");
        assertThat(new LocalStackResource().start()).as("a second resource reuses the running stack").isEqualTo(config);

        try (Connection db = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             ResultSet rs = db.createStatement().executeQuery("SELECT current_database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("evalstream");
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.get("kafka.bootstrap.servers")))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
        }
    }
}
