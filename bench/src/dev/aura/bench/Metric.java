package dev.aura.bench;

import java.util.Locale;

/** One benchmark figure, printed as one JSON object per line (ARCHITECTURE.md §8). */
public record Metric(String bench, String metric, double value, String unit) {

    public String toJson() {
        String number = value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return "{\"bench\":\"" + bench + "\",\"metric\":\"" + metric + "\",\"value\":" + number + ",\"unit\":\"" + unit + "\"}";
    }

    public void print() {
        System.out.println(toJson());
        System.out.flush();
    }

    public static double median(java.util.List<? extends Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
