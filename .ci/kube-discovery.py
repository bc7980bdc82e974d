"""A stand-in Kubernetes API server for `kubectl apply --dry-run=client` where there is no cluster: it answers the
discovery requests for the kinds the samples use (v1 PersistentVolumeClaim, batch/v1 Job) and 404 to everything
else, so that every object looks new. It prints its port, then serves on 127.0.0.1 until killed."""
import json
from http.server import BaseHTTPRequestHandler, HTTPServer


def resource(name, kind, namespaced=True):
    return {"name": name, "singularName": "", "namespaced": namespaced, "kind": kind,
            "verbs": ["create", "delete", "get", "list", "patch", "update", "watch"]}


DOCUMENTS = {
    "/api": {"kind": "APIVersions", "versions": ["v1"],
             "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1"}]},
    "/apis": {"kind": "APIGroupList", "apiVersion": "v1", "groups": [
        {"name": "batch", "versions": [{"groupVersion": "batch/v1", "version": "v1"}],
         "preferredVersion": {"groupVersion": "batch/v1", "version": "v1"}}]},
    "/api/v1": {"kind": "APIResourceList", "groupVersion": "v1", "resources": [
        resource("persistentvolumeclaims", "PersistentVolumeClaim"), resource("namespaces", "Namespace", False)]},
    "/apis/batch/v1": {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": "batch/v1",
                       "resources": [resource("jobs", "Job")]},
}
NOT_FOUND = {"kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": "NotFound", "code": 404}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        document = DOCUMENTS.get(self.path.split("?")[0])
        body = json.dumps(document or NOT_FOUND).encode()
        self.send_response(200 if document else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_port, flush=True)
server.serve_forever()
