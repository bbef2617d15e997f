package dev.aura.plugins.prompts.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds keys, tokens and passwords written into a template: well-known key formats, {@code password=}-style
 * assignments with a literal value, PEM private keys, and long random-looking strings. Values are masked in excerpts
 * so the finding itself does not show the secret again.
 */
final class SecretScanner {
    /** A key format and the literal text every match contains, checked before the regex runs. */
    private record Shape(String label, Finding.Severity severity, Pattern pattern, List<String> hints) {}

    /** One secret: what it looks like, where it starts and the masked text. */
    record Secret(String label, Finding.Severity severity, int offset, String masked) {}

    private static final List<Shape> SHAPES = List.of(
            shape("PEM private key", "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----", "-----BEGIN"),
            shape("Anthropic sk-ant-", "\\bsk-ant-[A-Za-z0-9_-]{20,}", "sk-ant-"),
            shape("OpenAI sk-", "\\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}", "sk-"),
            shape("AWS AKIA", "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b", "AKIA", "ASIA"),
            shape("GitHub ghp_", "\\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})", "gh", "github_pat_"),
            shape("Slack xox", "\\bxox[abposr]-[A-Za-z0-9-]{10,}", "xox"),
            shape("Google AIza", "\\bAIza[0-9A-Za-z_-]{35}", "AIza"),
            shape("Stripe sk_live_", "\\b[rs]k_(?:live|test)_[0-9A-Za-z]{16,}", "k_live_", "k_test_"),
            shape("Bearer", "\\bBearer\\s+[A-Za-z0-9._~+/-]{16,}=*", "Bearer"));
    private static final Pattern ASSIGNMENT = Pattern.compile("(?i)\\b(password|passwd|pwd|secret|client[_-]?secret"
            + "|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|access[_-]?token|auth[_-]?token|token)"
            + "[\"']?\\s*[:=]\\s*[\"']?([^\\s\"',;{}]{6,})");
    private static final List<String> ASSIGNMENT_HINTS = List.of("pass", "pwd", "secret", "key", "token");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^(?:[<$%\\[{(].*|.*your.*|.*example.*|x+|\\*+|\\.+"
            + "|-+|changeme|redacted|secret|password|none|null|undefined|true|false)$");
    private static final Pattern CANDIDATE = Pattern.compile("[A-Za-z0-9+/_=-]{32,}");
    private static final double MIN_ENTROPY_BITS = 4.2;

    private SecretScanner() {}

    private static Shape shape(String label, String regex, String... hints) {
        return new Shape(label, Finding.Severity.HIGH, Pattern.compile(regex), List.of(hints));
    }

    /** The secrets in one template, at most one per line, in order. */
    static List<Secret> scan(String template) {
        List<Secret> found = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= template.length()) {
            int lineEnd = TemplateText.lineEnd(template, lineStart);
            Secret secret = scanLine(template.substring(lineStart, lineEnd), lineStart);
            if (secret != null) {
                found.add(secret);
            }
            lineStart = lineEnd + 1;
        }
        return found;
    }

    private static Secret scanLine(String line, int offset) {
        if (line.isBlank()) {
            return null;
        }
        for (Shape shape : SHAPES) {
            if (shape.hints().stream().noneMatch(line::contains)) {
                continue;
            }
            Matcher m = shape.pattern().matcher(line);
            if (m.find()) {
                return new Secret(shape.label(), shape.severity(), offset + m.start(), mask(line, m.start(), m.end()));
            }
        }
        Matcher assignment = ASSIGNMENT.matcher(line);
        while (mayAssign(line) && assignment.find()) {
            String value = assignment.group(2);
            // a value of letters only is usually prose ("token: counted"), a real one has digits or symbols
            boolean literal = value.chars().anyMatch(c -> !Character.isLetter(c));
            if (literal && !PLACEHOLDER.matcher(value).matches()) {
                return new Secret(assignment.group(1) + "=", Finding.Severity.HIGH, offset + assignment.start(),
                        mask(line, assignment.start(2), assignment.end(2)));
            }
        }
        Matcher candidate = CANDIDATE.matcher(line);
        while (line.length() >= 32 && candidate.find()) {
            String token = candidate.group();
            if (looksRandom(token)) {
                return new Secret("high-entropy", Finding.Severity.MEDIUM, offset + candidate.start(),
                        mask(line, candidate.start(), candidate.end()));
            }
        }
        return null;
    }

    /** A cheap test before the case-insensitive assignment pattern: a separator and one of its key words. */
    private static boolean mayAssign(String line) {
        if (line.indexOf(':') < 0 && line.indexOf('=') < 0) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return ASSIGNMENT_HINTS.stream().anyMatch(lower::contains);
    }

    /** Letters and digits mixed, no path, and more than 4.2 bits per character: a key rather than a word or hash. */
    static boolean looksRandom(String token) {
        if (token.contains("//") || token.chars().noneMatch(Character::isDigit)
                || token.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        int[] counts = new int[128];
        for (int i = 0; i < token.length(); i++) {
            counts[token.charAt(i)]++;
        }
        double bits = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / token.length();
                bits -= p * Math.log(p) / Math.log(2);
            }
        }
        return bits >= MIN_ENTROPY_BITS;
    }

    /** The line with the secret's middle hidden: its first 4 characters stay, so the user can find it. */
    private static String mask(String line, int start, int end) {
        int keep = Math.min(4, end - start);
        String masked = line.substring(0, start + keep) + "…" + "•".repeat(4) + line.substring(end);
        return TemplateText.shorten(masked);
    }
}
