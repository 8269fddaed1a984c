package vn.planprogress.plans.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.planprogress.plans.api.UnitDocument;

/**
 * The unit directory as names a document may write: the full name, the short name and the code with
 * diacritics and case folded, and abbreviations such as "Phòng HC-TH" or "Trung tâm ƯD&DV KH&CN" (the
 * kind word, then the initials of the words).
 */
final class UnitNames {

    /** Kind words that stand before a unit's own name; abbreviations keep them written out. */
    private static final List<String> KIND_WORDS = List.of("van phong", "phong", "trung tam", "chi cuc", "thanh tra", "so",
            "ban", "dai", "bao", "cong an", "bo chi huy", "uy ban nhan dan", "ubnd", "hoi dong nhan dan", "hdnd");

    /** A unit found for a name, or why none was. */
    record Match(String code, List<String> candidates) {
        boolean found() {
            return code != null;
        }
    }

    private final Map<String, Set<String>> byName = new HashMap<>();
    private final Map<String, Set<String>> bySignature = new HashMap<>();
    private final Map<String, UnitDocument> units = new HashMap<>();

    UnitNames(Collection<UnitDocument> directory) {
        for (UnitDocument unit : directory) {
            units.put(unit.code(), unit);
            add(byName, Fold.words(unit.name()), unit.code());
            add(byName, Fold.words(unit.code()), unit.code());
            if (unit.shortName() != null) {
                add(byName, Fold.words(unit.shortName()), unit.code());
                add(byName, Fold.words(expandShortKind(unit.shortName())), unit.code());
                signature(unit.shortName()).ifPresent(s -> add(bySignature, s, unit.code()));
            }
            signature(unit.name()).ifPresent(s -> add(bySignature, s, unit.code()));
        }
    }

    UnitDocument unit(String code) {
        return units.get(code);
    }

    /** The unit a name as written means: by its name, short name or code, else by its abbreviation. */
    Match find(String written) {
        String name = Fold.words(written);
        Set<String> codes = byName.get(name);
        if (codes == null && name.startsWith("p ")) {
            codes = byName.get("phong " + name.substring(2));
        }
        if (codes == null) {
            codes = signature(written).map(bySignature::get).orElse(null);
        }
        if (codes == null || codes.isEmpty()) {
            return new Match(null, List.of());
        }
        if (codes.size() > 1) {
            return new Match(null, List.copyOf(codes));
        }
        return new Match(codes.iterator().next(), List.of());
    }

    /** The kind word and the initials of the other words: "phong|hcth" for "Phòng Hành chính - Tổng hợp" and "Phòng HC-TH". */
    static Optional<String> signature(String written) {
        String folded = Fold.words(written);
        String kind = KIND_WORDS.stream().filter(k -> folded.startsWith(k + " ")).findFirst().orElse(null);
        if (kind == null) {
            return Optional.empty();
        }
        String original = stripKind(written.trim(), kind.split(" ").length);
        boolean allCaps = Fold.isUpperCase(written);
        StringBuilder initials = new StringBuilder();
        for (String token : original.split("[\\s\\-–&.,/()]+")) {
            if (token.isEmpty() || Fold.of(token).equals("va")) {
                continue;
            }
            String folded1 = Fold.of(token).replaceAll("[^a-z0-9]", "");
            boolean abbreviation = !allCaps && token.length() > 1 && Fold.isUpperCase(token);
            initials.append(abbreviation ? folded1 : folded1.isEmpty() ? "" : folded1.substring(0, 1));
        }
        return initials.length() < 2 ? Optional.empty() : Optional.of(kind + "|" + initials);
    }

    private static String stripKind(String written, int words) {
        String rest = written;
        for (int i = 0; i < words; i++) {
            int space = rest.indexOf(' ');
            rest = space < 0 ? "" : rest.substring(space + 1).trim();
        }
        return rest;
    }

    /** "P.HCTH" is how the directory writes "Phòng HCTH". */
    private static String expandShortKind(String shortName) {
        return shortName.startsWith("P.") ? "Phòng " + shortName.substring(2) : shortName;
    }

    private static void add(Map<String, Set<String>> index, String key, String code) {
        if (!key.isEmpty()) {
            index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code);
        }
    }

    /** The codes of the units directly under {@code parent}. */
    List<String> childrenOf(String parent) {
        List<String> children = new ArrayList<>();
        for (UnitDocument unit : units.values()) {
            if (parent.equals(unit.parentCode())) {
                children.add(unit.code());
            }
        }
        return children;
    }
}
