package dev.aura.bench.chat;

import dev.aura.plugins.chat.search.LuceneMessageIndex;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Full-text search over generated chat messages (issue 3: p95 at most 50 ms at 1,000,000 messages). Indexes the
 * messages into a {@link LuceneMessageIndex} in a temp folder, then times ~1,000 queries of one or two words: common
 * words, rare words, prefixes being typed, Thai. Prints one JSON object per metric on stdout, progress on stderr.
 * Usage: SearchBench [WORK_DIR [MESSAGES [QUERIES]]]; the index is built in WORK_DIR (a temp folder when not given)
 * and deleted at the end (1M messages take ~1 GB of disk while it runs).
 */
public final class SearchBench {
    private static final String[] COMMON = String.join(" ",
            "the be to of and a in that have it for not on with he as you do at this but his by from they we say",
            "her she or an will my one all would there their what so up out if about who get which go me when make",
            "can like time no just him know take people into year your good some could them see other than then now",
            "look only come its over think also back after use two how our work first well way even new want because",
            "any these give day most us model answer question code file error run python java function class method",
            "data test build server request response token prompt context memory install version update config",
            "setting window button list table chart image text string number value example problem solution explain",
            "write read open close start stop help thanks please sure great idea travel hotel flight city food",
            "coffee weather morning evening week month plan budget price market").split(" ");
    private static final String[] THAI = String.join(" ",
            "ภาษา ไทย เรียน ชอบ มาก สวัสดี ครับ ขอบคุณ อาหาร ร้าน กาแฟ เมือง ทะเล ภูเขา วันนี้ เวลา",
            "ทำงาน บ้าน หนังสือ คอมพิวเตอร์ โปรแกรม ข้อมูล ระบบ ปัญหา คำถาม คำตอบ ตัวอย่าง เดินทาง",
            "โรงแรม ราคา").split(" ");
    private static final String[] SYLLABLES = "ka lo mi ra tu ne so vi pa de zu fo ri ma ko ta ve lu ni sa".split(" ");

    private SearchBench() {}

    public static void main(String[] args) throws IOException {
        boolean temporary = args.length == 0;
        Path dir = temporary ? Files.createTempDirectory("aura-search-bench")
                : Files.createDirectories(Path.of(args[0]));
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        SplittableRandom random = new SplittableRandom(20261122);
        String[] rare = rareWords(random, 50_000);
        try {
            run(dir, messages, queries, random, rare);
        } finally {
            deleteRecursively(dir.resolve("chat-index"));
            if (temporary) {
                Files.delete(dir);
            }
        }
    }

    private static void run(Path dir, int messages, int queries, SplittableRandom random, String[] rare) {
        try (LuceneMessageIndex index = LuceneMessageIndex.open(dir.resolve("chat-index"), Duration.ofSeconds(1),
                Duration.ofMinutes(10))) {
            long start = System.nanoTime();
            UUID conversation = UUID.randomUUID();
            StringBuilder text = new StringBuilder(2048);
            for (int i = 0; i < messages; i++) {
                if (i % 40 == 0) {
                    conversation = UUID.randomUUID();
                    index.putTitle(conversation, sentence(random, rare, text, 3 + random.nextInt(5)));
                }
                index.putMessage(conversation, UUID.randomUUID(), sentence(random, rare, text, 8 + random.nextInt(70)));
                if ((i + 1) % 100_000 == 0) {
                    System.err.printf(Locale.ROOT, "search bench: %,d messages indexed%n", i + 1);
                }
            }
            index.commit();
            index.refresh();
            double indexMs = (System.nanoTime() - start) / 1e6;
            System.err.printf(Locale.ROOT, "search bench: %,d documents in %.1f s%n", index.documentCount(),
                    indexMs / 1000);
            print("index_1m_total", indexMs / 1000, "s");
            print("index_1m_per_message", indexMs * 1000 / messages, "us");

            List<Query> mix = queries(random, rare, queries);
            for (Query q : mix.subList(0, Math.min(200, mix.size()))) {
                index.search(q.text(), 20); // warm-up: JIT and the OS file cache
            }
            double[] millis = new double[mix.size()];
            Map<String, List<Double>> byKind = new TreeMap<>();
            long hits = 0;
            for (int i = 0; i < mix.size(); i++) {
                long t = System.nanoTime();
                hits += index.search(mix.get(i).text(), 20).size();
                millis[i] = (System.nanoTime() - t) / 1e6;
                byKind.computeIfAbsent(mix.get(i).kind(), k -> new ArrayList<>()).add(millis[i]);
            }
            Arrays.sort(millis);
            System.err.printf(Locale.ROOT, "search bench: %d queries, %.1f hits on average%n", mix.size(),
                    hits / (double) mix.size());
            byKind.forEach((kind, times) -> System.err.printf(Locale.ROOT, "search bench: %-12s p95 %.1f ms%n", kind,
                    percentile(times.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 0.95)));
            print("search_1m_p50", percentile(millis, 0.50), "ms");
            print("search_1m_p95", percentile(millis, 0.95), "ms");
            print("search_1m_p99", percentile(millis, 0.99), "ms");
        }
    }

    private record Query(String kind, String text) {}

    /** Common words (Zipf-like), rare made-up words, some Thai, and last words cut short as if still being typed. */
    private static List<Query> queries(SplittableRandom random, String[] rare, int count) {
        List<Query> mix = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            mix.add(switch (i % 10) {
                case 0, 1, 2 -> new Query("common", common(random));
                case 3, 4 -> new Query("two-common", common(random) + " " + common(random));
                case 5, 6 -> new Query("rare", rare[random.nextInt(rare.length)]);
                case 7 -> new Query("common-rare", common(random) + " " + rare[random.nextInt(rare.length)]);
                case 8 -> new Query("prefix",
                        typing(random.nextBoolean() ? common(random) : rare[random.nextInt(rare.length)], random));
                default -> new Query("thai", THAI[random.nextInt(THAI.length)]);
            });
        }
        return mix;
    }

    private static String typing(String word, SplittableRandom random) {
        return word.length() <= 3 ? word : word.substring(0, 3 + random.nextInt(word.length() - 2));
    }

    private static String sentence(SplittableRandom random, String[] rare, StringBuilder text, int words) {
        text.setLength(0);
        if (random.nextInt(10) == 0) {
            for (int w = 0; w < words / 2 + 1; w++) {
                text.append(THAI[random.nextInt(THAI.length)]);
                if (random.nextInt(6) == 0) {
                    text.append(' ');
                }
            }
            return text.toString();
        }
        for (int w = 0; w < words; w++) {
            String word = random.nextInt(12) == 0 ? rare[random.nextInt(rare.length)] : common(random);
            text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            int r = random.nextInt(14);
            text.append(r == 0 ? ". " : r == 1 ? ", " : r == 2 ? "\n" : " ");
        }
        return text.toString();
    }

    /** Zipf-like: the first words of the list are far more frequent. */
    private static String common(SplittableRandom random) {
        double u = random.nextDouble();
        return COMMON[(int) (COMMON.length * u * u * u)];
    }

    private static String[] rareWords(SplittableRandom random, int count) {
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words[i] = word.append(i % 97).toString();
        }
        return words;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Same shape as dev.aura.bench.Metric (not public on this branch's base): one JSON object per line. */
    private static void print(String metric, double value, String unit) {
        String number = value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.1f", value);
        System.out.println("{\"bench\":\"chat\",\"metric\":\"" + metric + "\",\"value\":" + number + ",\"unit\":\""
                + unit + "\"}");
        System.out.flush();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
