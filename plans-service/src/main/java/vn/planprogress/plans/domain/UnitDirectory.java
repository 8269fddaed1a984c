package vn.planprogress.plans.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The units as they stand, to check codes and resolve groups such as "all units of the department". */
public final class UnitDirectory {

    private final Map<String, Unit> byCode = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();

    public UnitDirectory(Collection<Unit> units) {
        units.stream()
                .sorted((a, b) -> a.code.compareTo(b.code))
                .forEach(unit -> {
                    byCode.put(unit.code, unit);
                    if (unit.parentCode != null) {
                        children.computeIfAbsent(unit.parentCode, parent -> new ArrayList<>()).add(unit.code);
                    }
                });
    }

    public Set<String> codes() {
        return byCode.keySet();
    }

    public Unit get(String code) {
        return byCode.get(code);
    }

    /** The units directly under {@code parentCode}, by code. */
    public List<String> childrenOf(String parentCode) {
        return children.getOrDefault(parentCode, List.of());
    }
}
