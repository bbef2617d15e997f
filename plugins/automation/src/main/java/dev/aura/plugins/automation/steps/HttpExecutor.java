package dev.aura.plugins.automation.steps;

import dev.aura.plugins.automation.model.StepType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An HTTP request to a host the workflow may reach. Output: {@code status}, {@code headers}, {@code text}, {@code json}. */
public final class HttpExecutor implements StepExecutor<StepType.Http> {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final StepTemplates templates;
    private final HttpClient client;

    public HttpExecutor(StepTemplates templates) {
        this.templates = templates;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public StepResult execute(StepType.Http step, RunContext context) throws InterruptedException {
        Map<String, Object> scope = context.scope();
        String url = templates.render(step.url(), scope);
        URI uri = parse(url);
        checkHost(uri, context.permissions().hosts());
        String body = templates.render(step.body(), scope);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(step.timeout() == null ? DEFAULT_TIMEOUT : step.timeout())
                .method(step.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        Map<String, String> headers = new LinkedHashMap<>();
        step.headers().forEach((name, value) -> headers.put(name, templates.render(value, scope)));
        headers.forEach(request::header);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("method", step.method());
        inputs.put("url", url);
        inputs.put("headers", headers);
        if (body != null) {
            inputs.put("body", body);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw StepFailure.with("The request to " + url + " got no answer in time. Raise the step's timeout or"
                    + " check the server.", inputs, Map.of());
        } catch (IOException e) {
            throw StepFailure.with("The request to " + url + " failed: " + e.getMessage()
                    + ". Check that the server is running and the URL is right.", inputs, Map.of());
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("status", response.statusCode());
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> responseHeaders.put(name, String.join(", ", values)));
        output.put("headers", responseHeaders);
        output.put("text", response.body());
        JsonValues.parse(response.body()).ifPresent(json -> output.put("json", json));
        if (response.statusCode() >= 400) {
            throw StepFailure.with("The server at " + url + " answered HTTP " + response.statusCode()
                    + ". Check the request, or set the step's on-error policy to continue.", inputs, output);
        }
        return new StepResult(inputs, output);
    }

    private static URI parse(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
                throw new IllegalArgumentException("not an http(s) URL with a host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new StepFailure("'" + url + "' is not a valid http(s) URL. Fix the step's URL.", e);
        }
    }

    private static void checkHost(URI uri, List<String> allowed) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String hostPort = uri.getPort() < 0 ? host : host + ":" + uri.getPort();
        for (String entry : allowed) {
            String e = entry.toLowerCase(Locale.ROOT);
            if (e.equals(host) || e.equals(hostPort)) {
                return;
            }
        }
        throw new PermissionDenied("This workflow may not reach " + host + " (allowed hosts: " + allowed
                + "). Add " + host + " to the workflow's allowed hosts.");
    }
}
