package vn.planprogress.plans.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.planprogress.plans.api.UnitDocument;
import vn.planprogress.plans.api.UnitGroup;

/**
 * The units a task's cell or line names, several split on ";" and ",": each resolved against the unit
 * directory, groups such as "Các phòng, đơn vị thuộc Sở" kept as groups, what cannot be resolved named.
 */
final class UnitCells {

    /** The units named, the groups, and the names that resolve to no unit (or to several). */
    record Units(List<String> codes, List<UnitGroup> groups, List<String> unknown, List<String> ambiguous) {
    }

    private final UnitNames names;
    private final String owner;

    UnitCells(UnitNames names, String owner) {
        this.names = names;
        this.owner = owner;
    }

    Units read(String written) {
        Set<String> codes = new LinkedHashSet<>();
        List<UnitGroup> groups = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        for (String piece : pieces(written, names)) {
            if (isGroup(piece)) {
                groups.add(new UnitGroup(groupParent(piece), piece));
                continue;
            }
            String code = resolve(piece, ambiguous);
            if (code != null) {
                codes.add(code);
                continue;
            }
            // "A và B": two units, unless "và" is part of a name (Sở Khoa học và Công nghệ), which resolved above.
            List<String> split = splitOnAnd(piece);
            if (split.isEmpty()) {
                unknown.add(piece);
            } else {
                codes.addAll(split);
            }
        }
        return new Units(List.copyOf(codes), groups, unknown, ambiguous);
    }

    /** The code a single name means: the owner for "Sở" or its name, else the directory's answer. */
    String resolve(String name, List<String> ambiguous) {
        String folded = Fold.words(name);
        if (folded.equals("so") || folded.equals("co quan") || folded.equals("don vi")) {
            return owner;
        }
        UnitNames.Match match = names.find(name);
        if (match.found()) {
            return match.code();
        }
        // "Thanh tra Sở", "Văn phòng Sở": every department has one; the plan's own is meant.
        List<String> own = match.candidates().stream().filter(code -> names.unit(code) != null && owner != null
                && owner.equals(names.unit(code).parentCode())).toList();
        if (own.size() == 1) {
            return own.get(0);
        }
        if (!match.candidates().isEmpty()) {
            ambiguous.add(name + " (" + String.join(", ", match.candidates()) + ")");
        }
        return null;
    }

    private List<String> splitOnAnd(String piece) {
        String[] words = piece.split("\\s+và\\s+");
        if (words.length < 2) {
            return List.of();
        }
        for (int cut = 1; cut < words.length; cut++) {
            String left = String.join(" và ", java.util.Arrays.copyOfRange(words, 0, cut));
            String right = String.join(" và ", java.util.Arrays.copyOfRange(words, cut, words.length));
            List<String> none = new ArrayList<>();
            String a = resolve(left, none);
            String b = resolve(right, none);
            if (a != null && b != null) {
                return List.of(a, b);
            }
        }
        return List.of();
    }

    /**
     * Pieces split on ";" and ",", with the commas of a group ("Các phòng, đơn vị thuộc Sở") or of a unit's
     * own name ("Phòng Công chức, viên chức") kept inside it.
     */
    static List<String> pieces(String written, UnitNames names) {
        List<String> pieces = new ArrayList<>();
        for (String part : written.replaceAll("[.;]+\\s*$", "").split("\\s*[;,]\\s*")) {
            String piece = part.trim();
            if (piece.isEmpty()) {
                continue;
            }
            int last = pieces.size() - 1;
            boolean lower = Character.isLowerCase(piece.codePointAt(0));
            boolean continuesGroup = last >= 0 && isGroup(pieces.get(last)) && lower;
            boolean continuesName = last >= 0 && lower && names.find(pieces.get(last) + ", " + piece).found();
            if (continuesGroup || continuesName) {
                pieces.set(last, pieces.get(last) + ", " + piece);
            } else {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    static boolean isGroup(String piece) {
        String folded = Fold.words(piece);
        return folded.startsWith("cac ") || folded.startsWith("tat ca ") || folded.startsWith("toan the ")
                || folded.startsWith("ubnd cac ") || folded.startsWith("uy ban nhan dan cac ");
    }

    /** The unit a group's units are under: the department for its own divisions, the province for "các sở, ban, ngành". */
    private String groupParent(String label) {
        String folded = Fold.words(label);
        int of = folded.lastIndexOf(" thuoc ");
        if (of >= 0) {
            String parent = folded.substring(of + " thuoc ".length());
            if (!parent.equals("so")) {
                UnitNames.Match match = names.find(parent);
                if (match.found()) {
                    return match.code();
                }
            }
        }
        if (folded.matches("^cac so\\b.*") || folded.contains("ban nganh") || folded.startsWith("ubnd") || folded.startsWith("uy ban")) {
            UnitDocument unit = names.unit(owner);
            return unit != null && unit.parentCode() != null ? unit.parentCode() : owner;
        }
        return owner;
    }
}
