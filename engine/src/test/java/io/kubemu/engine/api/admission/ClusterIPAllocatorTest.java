package io.kubemu.engine.api.admission;

import static io.kubemu.engine.api.admission.Admit.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.model.core.Service;
import io.kubemu.model.core.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cluster IPs and IP families of Services (the service storage's allocation step). */
class ClusterIPAllocatorTest {

  static Service service(String name, String extraSpec) {
    return yaml(
        Service.class,
        """
        apiVersion: v1
        kind: Service
        metadata: {name: %s, namespace: default}
        spec:
          selector: {app: web}
          ports: [{port: 80}]
        %s
        """
            .formatted(name, extraSpec.indent(2)));
  }

  static long ip(String ip) {
    return IPs.parseIPv4(ip);
  }

  @Test
  void allocates_from_the_upper_part_of_the_range() {
    ApiServer server = Admit.server();
    ServiceSpec spec = server.create(service("web", "")).spec();
    // 10.96.0.0/12: 10.96.0.1 .. 10.111.255.254; the 256 addresses after 10.96.0.0 are static
    assertThat(ip(spec.clusterIP())).isBetween(ip("10.96.1.1"), ip("10.111.255.254"));
    assertThat(spec.clusterIPs()).containsExactly(spec.clusterIP());
    assertThat(spec.ipFamilies()).containsExactly("IPv4");
    assertThat(spec.ipFamilyPolicy()).isEqualTo("SingleStack");
  }

  @Test
  void the_same_seed_gives_the_same_ips() {
    assertThat(ips(Admit.server())).isEqualTo(ips(Admit.server()));
  }

  private static List<String> ips(ApiServer server) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 5; i++) out.add(server.create(service("s" + i, "")).spec().clusterIP());
    assertThat(out).doesNotHaveDuplicates();
    return out;
  }

  @Test
  void a_requested_ip_is_given() {
    ServiceSpec spec = Admit.server().create(service("dns", "clusterIP: 10.96.0.10")).spec();
    assertThat(spec.clusterIP()).isEqualTo("10.96.0.10");
    assertThat(spec.clusterIPs()).containsExactly("10.96.0.10");
  }

  @Test
  void a_taken_ip_is_refused() {
    ApiServer server = Admit.server();
    server.create(service("a", "clusterIP: 10.96.0.10"));
    assertThat(Admit.createError(server, service("b", "clusterIP: 10.96.0.10")))
        .isEqualTo(
            "Service \"b\" is invalid: spec.clusterIPs: Invalid value: []string{\"10.96.0.10\"}:"
                + " failed to allocate IP 10.96.0.10: provided IP is already allocated");
  }

  @Test
  void an_ip_out_of_range_is_refused() {
    assertThat(Admit.createError(service("a", "clusterIP: 10.0.0.1")))
        .isEqualTo(
            "Service \"a\" is invalid: spec.clusterIPs: Invalid value: []string{\"10.0.0.1\"}:"
                + " failed to allocate IP 10.0.0.1: the provided IP (10.0.0.1) is not in the valid"
                + " range. The range of valid IPs is 10.96.0.0/12");
  }

  @Test
  void an_invalid_ip_is_refused_before_allocation() {
    assertThat(Admit.createError(service("a", "clusterIP: 10.96.0.300")))
        .isEqualTo(
            "Service \"a\" is invalid: spec.clusterIPs[0]: Invalid value: \"10.96.0.300\": must be"
                + " a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");
  }

  @Test
  void headless_services_get_no_ip() {
    ApiServer server = Admit.server();
    ServiceSpec withSelector = server.create(service("a", "clusterIP: None")).spec();
    assertThat(withSelector.clusterIPs()).containsExactly("None");
    assertThat(withSelector.ipFamilyPolicy()).isEqualTo("SingleStack");
    Service noSelector =
        yaml(
            Service.class,
            """
            apiVersion: v1
            kind: Service
            metadata: {name: b, namespace: default}
            spec:
              clusterIP: None
              ports: [{port: 80}]
            """);
    ServiceSpec selectorless = server.create(noSelector).spec();
    assertThat(selectorless.ipFamilyPolicy()).isEqualTo("RequireDualStack");
    assertThat(selectorless.ipFamilies()).containsExactly("IPv4");
  }

  @Test
  void external_name_services_get_no_ip() {
    ServiceSpec spec =
        Admit.server()
            .create(service("ext", "type: ExternalName\nexternalName: db.example.com"))
            .spec();
    assertThat(spec.clusterIP()).isNull();
    assertThat(spec.ipFamilies()).isEmpty();
  }

  @Test
  void ipv6_is_not_configured() {
    assertThat(Admit.createError(service("a", "ipFamilies: [IPv6]")))
        .isEqualTo(
            "Service \"a\" is invalid: spec.ipFamilies[0]: Invalid value: \"IPv6\": not"
                + " configured on this cluster");
  }

  @Test
  void an_update_without_the_ip_keeps_it() {
    ApiServer server = Admit.server();
    Service created = server.create(service("web", ""));
    Service updated = server.update(service("web", "sessionAffinity: ClientIP"));
    assertThat(updated.spec().clusterIP()).isEqualTo(created.spec().clusterIP());
    assertThat(updated.spec().sessionAffinity()).isEqualTo("ClientIP");
  }

  @Test
  void the_ip_may_not_change() {
    ApiServer server = Admit.server();
    Service created = server.create(service("web", "clusterIP: 10.96.0.20"));
    assertThat(Admit.updateError(server, service("web", "clusterIP: 10.96.0.21")))
        .isEqualTo(
            "Service \"web\" is invalid: spec.clusterIPs[0]: Invalid value:"
                + " []string{\"10.96.0.21\"}: may not change once set");
    assertThat(server.get(Service.class, "default", "web")).isEqualTo(created);
  }

  @Test
  void a_deleted_service_gives_its_ip_back() {
    ApiServer server = Admit.server();
    server.create(service("a", "clusterIP: 10.96.0.10"));
    server.delete(Service.class, "default", "a");
    assertThat(server.create(service("b", "clusterIP: 10.96.0.10")).spec().clusterIP())
        .isEqualTo("10.96.0.10");
  }

  @Test
  void recreating_a_rejected_service_reuses_its_reservation() {
    ClusterIPAllocator allocator = new ClusterIPAllocator(new java.util.Random(3));
    ApiServer server = new ApiServer(new io.kubemu.engine.time.EventLoop(Admit.START, 3));
    server.admission().registerForAll(new DefaultingAdmission());
    server.admission().register(Service.class, allocator);
    server.admission().registerForAll(new ValidatingAdmission());
    server.addWriteListener(allocator);
    Service bad = service("web", "sessionAffinity: Sometimes");
    Admit.createError(server, bad);
    assertThat(allocator.allocatedCount()).isEqualTo(1);
    Service good = server.create(service("web", ""));
    assertThat(allocator.allocatedCount()).isEqualTo(1);
    assertThat(allocator.owner(good.spec().clusterIP())).isEqualTo("default/web");
  }
}
