package org.tourismpolicing.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests of deploy/kubernetes read into fabric8's Kubernetes model (generated from the
 * Kubernetes API's published OpenAPI schema): every document must be a known kind of the core API
 * and no field may be left over as an unknown property (a misspelt or misplaced field fails). The
 * MariaDB resource has no published model in a registry package here: it is read as a generic
 * resource and its Galera settings are checked by name. Then the manifests are checked against each
 * other and against docs/operations.md.
 */
class KubernetesManifestsTest {

  private static final Path DIR = Path.of(System.getProperty("kubernetes.dir"));
  private static final Path OPERATIONS = DIR.resolve("../../docs/operations.md").normalize();
  private static final List<HasMetadata> RESOURCES = new ArrayList<>();

  @BeforeAll
  static void read() throws IOException {
    KubernetesSerialization serialization = new KubernetesSerialization();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        for (String doc : Files.readString(f).split("(?m)^---\\s*$")) {
          if (doc.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            continue;
          }
          KubernetesResource r = serialization.unmarshal(doc, KubernetesResource.class);
          assertThat(r)
              .as(f.getFileName() + ": a resource with kind")
              .isInstanceOf(HasMetadata.class);
          RESOURCES.add((HasMetadata) r);
        }
      }
    }
  }

  private static <T extends HasMetadata> T one(Class<T> type) {
    List<T> all = RESOURCES.stream().filter(type::isInstance).map(type::cast).toList();
    assertThat(all).as(type.getSimpleName()).hasSize(1);
    return all.get(0);
  }

  @Test
  void everyDocumentIsAKnownKindWithNoUnknownField() {
    assertThat(RESOURCES).hasSize(6);
    for (HasMetadata r : RESOURCES) {
      if (r instanceof GenericKubernetesResource g) {
        assertThat(g.getApiVersion() + " " + g.getKind())
            .as("the only resource without a model: the operator's")
            .isEqualTo("k8s.mariadb.com/v1alpha1 MariaDB");
        continue;
      }
      List<String> unknown = new ArrayList<>();
      unknownFields(r, r.getKind(), unknown, new IdentityHashMap<>());
      assertThat(unknown).as(r.getKind() + " " + r.getMetadata().getName()).isEmpty();
    }
  }

  @Test
  void strictnessCatchesAMisplacedField() {
    String wrong =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: x}
        spec:
          selector: {matchLabels: {a: b}}
          template:
            metadata: {labels: {a: b}}
            spec:
              containers:
                - name: x
                  image: x
                  readinessProbe: {httpGet: {path: /health/ready, port: 9080}, periodSecond: 5}
        """;
    HasMetadata r = new KubernetesSerialization().unmarshal(wrong, HasMetadata.class);
    List<String> unknown = new ArrayList<>();
    unknownFields(r, "Deployment", unknown, new IdentityHashMap<>());
    assertThat(unknown).singleElement().asString().contains("periodSecond");
  }

  @Test
  void theProbesAskTheHealthEndpointsOnTheServedPort() {
    Container c = container();
    assertThat(c.getStartupProbe().getHttpGet().getPath()).isEqualTo("/health/started");
    assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/health/live");
    assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/health/ready");
    assertThat(c.getPorts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getName()).isEqualTo("http");
              assertThat(p.getContainerPort()).isEqualTo(9080);
            });
    for (var probe : List.of(c.getStartupProbe(), c.getLivenessProbe(), c.getReadinessProbe())) {
      assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }
    assertThat(one(Service.class).getSpec().getPorts())
        .singleElement()
        .satisfies(p -> assertThat(p.getTargetPort().getStrVal()).isEqualTo("http"));
  }

  @Test
  void serviceBudgetAndAutoscalerAllPointAtTheDeployment() {
    Deployment d = one(Deployment.class);
    Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
    assertThat(podLabels).containsAllEntriesOf(d.getSpec().getSelector().getMatchLabels());
    assertThat(podLabels).containsAllEntriesOf(one(Service.class).getSpec().getSelector());
    PodDisruptionBudget pdb = one(PodDisruptionBudget.class);
    assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
    HorizontalPodAutoscaler hpa = one(HorizontalPodAutoscaler.class);
    assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
    assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(d.getMetadata().getName());
    // the budget leaves a pod to evict: fewer required than the autoscaler's minimum
    assertThat(pdb.getSpec().getMinAvailable().getIntVal())
        .isLessThan(hpa.getSpec().getMinReplicas());
    assertThat(d.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(d.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser())
        .isEqualTo(1001L);
  }

  @Test
  void mariaDbIsAThreeNodeGaleraClusterAndTheAppWritesThroughItsPrimary() {
    GenericKubernetesResource db = one(GenericKubernetesResource.class);
    Map<String, Object> spec = db.get("spec");
    assertThat(db.<Boolean>get("spec", "galera", "enabled")).isTrue();
    assertThat(db.<Integer>get("spec", "replicas")).isEqualTo(3);
    assertThat(db.<String>get("spec", "database")).isEqualTo("tourism_policing");
    assertThat(spec).containsKeys("rootPasswordSecretKeyRef", "passwordSecretKeyRef", "storage");
    Map<String, String> settings = one(ConfigMap.class).getData();
    assertThat(settings.get("DB_HOST")).isEqualTo(db.getMetadata().getName() + "-primary");
    assertThat(settings.get("DB_NAME")).isEqualTo(db.get("spec", "database"));
    assertThat(settings.get("DB_USER")).isEqualTo(db.get("spec", "username"));
    // the app's password and the operator's are one Secret
    assertThat(db.<String>get("spec", "passwordSecretKeyRef", "name"))
        .isEqualTo(
            container().getEnv().stream()
                .filter(e -> e.getName().equals("DB_PASSWORD"))
                .findFirst()
                .orElseThrow()
                .getValueFrom()
                .getSecretKeyRef()
                .getName());
  }

  @Test
  void everySettingIsInTheOperationsTableAndEveryReferencedObjectIsMadeThere() throws IOException {
    String ops = Files.readString(OPERATIONS);
    Set<String> documented = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]+)`").matcher(ops);
    while (row.find()) {
      documented.add(row.group(1));
    }
    Set<String> used = new TreeSet<>(one(ConfigMap.class).getData().keySet());
    container().getEnv().forEach(e -> used.add(e.getName()));
    assertThat(documented).containsAll(used);

    Set<String> made = new TreeSet<>();
    Matcher create =
        Pattern.compile("kubectl create (?:secret generic|configmap) ([a-z0-9-]+)").matcher(ops);
    while (create.find()) {
      made.add(create.group(1));
    }
    RESOURCES.forEach(r -> made.add(r.getMetadata().getName()));
    Deployment d = one(Deployment.class);
    Set<String> referenced = new TreeSet<>();
    d.getSpec()
        .getTemplate()
        .getSpec()
        .getVolumes()
        .forEach(
            v -> {
              if (v.getSecret() != null) {
                referenced.add(v.getSecret().getSecretName());
              }
              if (v.getConfigMap() != null) {
                referenced.add(v.getConfigMap().getName());
              }
            });
    container().getEnv().forEach(e -> referenced.add(e.getValueFrom().getSecretKeyRef().getName()));
    container().getEnvFrom().forEach(e -> referenced.add(e.getConfigMapRef().getName()));
    GenericKubernetesResource db = one(GenericKubernetesResource.class);
    referenced.add(db.get("spec", "rootPasswordSecretKeyRef", "name"));
    referenced.add(db.get("spec", "passwordSecretKeyRef", "name"));
    assertThat(made).containsAll(referenced);
  }

  private static Container container() {
    return one(Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
  }

  /**
   * Walks the model: whatever Jackson could not place in a typed field lands in an object's
   * additional properties, which is exactly an unknown (misspelt, misplaced) field.
   */
  static void unknownFields(Object o, String path, List<String> out, Map<Object, Object> seen) {
    if (o == null || seen.containsKey(o)) {
      return;
    }
    if (o instanceof Collection<?> c) {
      int n = 0;
      for (Object e : c) {
        unknownFields(e, path + "[" + n++ + "]", out, seen);
      }
      return;
    }
    if (o instanceof Map<?, ?> m) {
      m.forEach((k, v) -> unknownFields(v, path + "." + k, out, seen));
      return;
    }
    if (!o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
      return;
    }
    seen.put(o, o);
    for (Method m : o.getClass().getMethods()) {
      if (m.getParameterCount() != 0
          || Modifier.isStatic(m.getModifiers())
          || !m.getName().startsWith("get")
          || m.getName().equals("getClass")) {
        continue;
      }
      Object value;
      try {
        value = m.invoke(o);
      } catch (ReflectiveOperationException e) {
        continue;
      }
      if (m.getName().equals("getAdditionalProperties")) {
        if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
          out.add(path + ": unknown " + extra.keySet());
        }
      } else {
        unknownFields(value, path + "." + m.getName().substring(3), out, seen);
      }
    }
  }
}
