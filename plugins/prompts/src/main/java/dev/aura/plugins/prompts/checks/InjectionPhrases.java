package dev.aura.plugins.prompts.checks;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known prompt-injection phrases in English and Thai ("ignore previous instructions", "you are now DAN",
 * "ไม่ต้องสนใจคำสั่งก่อนหน้า"...), matched case-insensitively with any spacing.
 */
final class InjectionPhrases {
    private static final String ANY = "(?:all|any|the|your|my|these|those|every)\\s+";
    private static final String EARLIER = "(?:previous|prior|above|earlier|preceding|original|initial|system|old)\\s+";
    private static final String RULES = "(?:instructions?|prompts?|directions?|rules|guidelines|messages?|context"
            + "|commands?|orders)";

    /** A phrase and lower-case words one of which it needs, so most texts skip its regex entirely. */
    private record Phrase(Pattern pattern, List<String> hints) {}

    private static final List<Phrase> PHRASES = List.of(
            phrase("\\b(?:ignore|skip|bypass)\\s+(?:" + ANY + ")?(?:" + EARLIER + ")?" + RULES + "\\b",
                    "ignor", "skip", "bypass"),
            phrase("\\bignore\\s+(?:all|everything)\\s+(?:(?:that\\s+)?(?:was\\s+)?(?:said\\s+)?)?(?:above|before)\\b",
                    "ignor"),
            phrase("\\b(?:disregard|forget|override|overwrite)\\s+(?:" + ANY + ")?(?:" + EARLIER + ")?"
                    + "(?:" + RULES + "|above|everything(?:\\s+above)?|what\\s+you\\s+were\\s+told)\\b",
                    "disregard", "forget", "overrid", "overwrit"),
            phrase("\\byou\\s+are\\s+now\\s+(?:a|an|in|no\\s+longer|free|unrestricted|dan|my)\\b", "now"),
            phrase("\\bnew\\s+instructions?\\s*:", "instruction"),
            phrase("\\b(?:reveal|show|print|repeat|output|leak|display|tell\\s+me|what\\s+(?:is|are))\\s+(?:me\\s+)?"
                    + "(?:your|the)\\s+(?:(?:system|initial|hidden|original|secret)\\s+)?(?:prompt|instructions|rules)\\b",
                    "prompt", "instructions", "rules"),
            phrase("\\bsystem\\s+prompt\\b", "prompt"),
            phrase("\\bjailbr(?:ea|o)k(?:en|ing)?\\b", "jailbr"),
            phrase("\\bdo\\s+anything\\s+now\\b", "anything"),
            new Phrase(Pattern.compile("\\bDAN\\b"), List.of("dan")),
            phrase("\\bdeveloper\\s+mode\\b", "developer"),
            phrase("\\b(?:pretend|act\\s+as\\s+if)\\s+(?:you\\s+(?:are|have)|to\\s+be)\\s+(?:an?\\s+)?"
                    + "(?:unrestricted|unfiltered|evil|no\\s+(?:rules|restrictions|limits|filters))", "pretend", "act"),
            phrase("<\\|im_start\\|>|<\\|system\\|>|\\[/?INST]|<</?SYS>>", "<|", "inst]", "<<"),
            phrase("(?:ไม่ต้องสนใจ|เพิกเฉย(?:ต่อ)?|ละเลย|ละเว้น|ลืม|ข้าม)\\s*(?:\\S{0,12})\\s*(?:คำสั่ง|คำแนะนำ|กฎ)",
                    "คำสั่ง", "คำแนะนำ", "กฎ"),
            phrase("คำสั่ง(?:ทั้งหมด)?\\s*(?:ก่อนหน้า(?:นี้)?|ข้างบน|ด้านบน|เดิม)", "คำสั่ง"),
            phrase("(?:ตอนนี้|จากนี้(?:ไป)?)\\s*คุณ(?:คือ|เป็น)", "คุณ"),
            phrase("(?:เปิดเผย|บอก|แสดง)\\s*(?:\\S{0,6})\\s*(?:พรอมต์|prompt|คำสั่ง)\\s*(?:ระบบ|ของระบบ|ลับ)", "ระบบ", "ลับ"),
            phrase("(?:พรอมต์|พรอมท์)\\s*(?:ของ)?ระบบ", "ระบบ"));

    private InjectionPhrases() {}

    private static Phrase phrase(String regex, String... hints) {
        return new Phrase(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), List.of(hints));
    }

    /** The first phrase in the text: where it starts and the words matched; null when there is none. */
    static Match find(String text) {
        Match first = null;
        String lower = text.toLowerCase(Locale.ROOT);
        for (Phrase phrase : PHRASES) {
            if (phrase.hints().stream().noneMatch(lower::contains)) {
                continue;
            }
            Matcher m = phrase.pattern().matcher(text);
            if (m.find() && (first == null || m.start() < first.offset())) {
                first = new Match(m.start(), m.group());
            }
        }
        return first;
    }

    record Match(int offset, String phrase) {}
}
