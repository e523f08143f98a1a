#!/usr/bin/env python3
"""Structural checks of etc/docker and etc/k8s where no Docker engine or cluster runs (ADR 49).

Parses every YAML file and checks what a typo would break silently: compose dependencies, the probe paths
against the platform's routes in the code, every Secret key the pods read, the shutdown budget, a non-root
image user; with nginx installed, `nginx -t` on the compose proxy config. Exit code 1 on any finding.
"""
import os, re, shutil, subprocess, sys, tempfile
import yaml

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
problems = []
def fail(message): problems.append(message)
def load_all(path):
    with open(os.path.join(root, path)) as f: return [d for d in yaml.safe_load_all(f) if d is not None]

health = open(os.path.join(root, "host/Forge.Host/Health/PlatformProbes.cs")).read()
probe_paths = set(re.findall(r'Path = "(/_forge/[^"]+)"', health))
if len(probe_paths) != 2: fail(f"expected the live and ready paths in PlatformProbes.cs, found {probe_paths}")

# Dockerfile: non-root user, health check on a platform probe, the entry point the CLI verbs need.
dockerfile = open(os.path.join(root, "etc/docker/Dockerfile")).read()
user = re.findall(r"^USER\s+(\S+)", dockerfile, re.M)
if not user or user[-1] in ("root", "0"): fail("Dockerfile: the runtime stage must end with a non-root USER")
if not any(p in dockerfile.split("HEALTHCHECK", 1)[-1] for p in probe_paths): fail("Dockerfile: HEALTHCHECK must call a platform probe")
if 'ENTRYPOINT ["dotnet", "Forge.Host.dll"]' not in dockerfile: fail("Dockerfile: ENTRYPOINT must run Forge.Host.dll")

# compose.yaml
compose = load_all("etc/docker/compose.yaml")[0]
services = compose["services"]
for name, svc in services.items():
    if "image" not in svc and "build" not in svc: fail(f"compose: {name} has neither image nor build")
    for dep in (svc.get("depends_on") or {}):
        if dep not in services: fail(f"compose: {name} depends on unknown service {dep}")
        if dep == name: fail(f"compose: {name} depends on itself")
hosts = [n for n in services if n.startswith("forge-")]
if len(hosts) != 3: fail(f"compose: expected three Forge hosts, found {hosts}")
for n in hosts + ["migrate"]:
    env = services[n].get("environment", {})
    for key in ("Forge__Security__PiiKey", "Forge__OAuth__SigningKeyPem", "Forge__OAuth__EncryptionKeyPem", "ConnectionStrings__Default"):
        if key not in env: fail(f"compose: {n} lacks {key}")
    if env.get("Forge__Jobs__Storage") != "PostgreSql": fail(f"compose: {n} must use shared job storage")
    if not services[n].get("read_only"): fail(f"compose: {n} should run with a read-only root filesystem")
if services["migrate"].get("command") != ["migrate"]: fail("compose: migrate must run the migrate verb")
for n in hosts:
    if services[n]["depends_on"].get("migrate", {}).get("condition") != "service_completed_successfully":
        fail(f"compose: {n} must wait for the migration to complete")

# Kubernetes manifests
kustomization = load_all("etc/k8s/kustomization.yaml")[0]
docs = {}
for resource in kustomization["resources"]:
    if not os.path.exists(os.path.join(root, "etc/k8s", resource)): fail(f"k8s: {resource} is listed but missing"); continue
    for d in load_all(os.path.join("etc/k8s", resource)):
        for field in ("apiVersion", "kind"):
            if field not in d: fail(f"k8s: {resource} lacks {field}")
        if not d.get("metadata", {}).get("name"): fail(f"k8s: {resource} lacks metadata.name")
        docs[d["kind"]] = d
secret = load_all("etc/k8s/secret.example.yaml")[0]
secret_keys = set(secret["stringData"])
config = docs["ConfigMap"]["data"]

def pod_spec(kind): return docs[kind]["spec"]["template"]["spec"]
for kind in ("Deployment", "Job"):
    for c in pod_spec(kind)["containers"]:
        if not c.get("securityContext", {}).get("readOnlyRootFilesystem"): fail(f"k8s: {kind} container {c['name']} is not read-only")
        for e in c.get("env", []):
            ref = e.get("valueFrom", {}).get("secretKeyRef")
            if ref and ref["key"] not in secret_keys: fail(f"k8s: {kind} reads secret key {ref['key']} that secret.example.yaml does not have")
        names = {e["name"] for e in c.get("env", [])}
        for key in ("Forge__Security__PiiKey", "Forge__OAuth__SigningKeyPem", "Forge__OAuth__EncryptionKeyPem", "ConnectionStrings__Default"):
            if key not in names: fail(f"k8s: {kind} lacks {key}")

deployment = pod_spec("Deployment")
forge = deployment["containers"][0]
for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
    path = forge.get(probe, {}).get("httpGet", {}).get("path")
    if path not in probe_paths: fail(f"k8s: {probe} path {path} is not a platform probe route {sorted(probe_paths)}")
if forge["readinessProbe"]["httpGet"]["path"] != "/_forge/health/ready": fail("k8s: readiness must use the ready probe")
pre_stop = forge["lifecycle"]["preStop"]["sleep"]["seconds"]
drain = int(config["shutdownTimeoutSeconds"])
if deployment["terminationGracePeriodSeconds"] < pre_stop + drain + 10:
    fail(f"k8s: terminationGracePeriodSeconds must exceed preStop ({pre_stop}) + shutdownTimeoutSeconds ({drain}) + 10 s for the job hand-back")
if docs["Deployment"]["spec"]["replicas"] < 3 or docs["HorizontalPodAutoscaler"]["spec"]["minReplicas"] < 3: fail("k8s: at least three hosts")
annotations = docs["Ingress"]["metadata"]["annotations"]
if annotations.get("nginx.ingress.kubernetes.io/proxy-buffering") != "off": fail("k8s: the ingress must not buffer SSE")
if int(annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout", "60")) < 600: fail("k8s: the ingress read timeout is too short for WebSockets and SSE")

# nginx: the compose proxy config with the container names resolved to loopback, if nginx is here.
if shutil.which("nginx"):
    with tempfile.TemporaryDirectory() as d:
        conf = open(os.path.join(root, "etc/docker/nginx.conf")).read()
        conf = re.sub(r"forge-\d:8080", "127.0.0.1:8080", conf).replace("/etc/nginx/forge-proxy.conf", os.path.join(root, "etc/nginx/forge-proxy.conf"))
        conf = conf.replace("/tmp/", d + "/")
        open(os.path.join(d, "nginx.conf"), "w").write(conf)
        r = subprocess.run(["nginx", "-t", "-p", d, "-c", os.path.join(d, "nginx.conf"), "-e", os.path.join(d, "error.log")], capture_output=True, text=True)
        if r.returncode != 0: fail("nginx -t: " + r.stderr.strip())

for p in problems: print("lint-deploy:", p)
print(f"lint-deploy: {len(problems)} problem(s) in etc/docker and etc/k8s")
sys.exit(1 if problems else 0)
