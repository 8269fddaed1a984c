package vn.planprogress.plans.mapping;

import java.util.ArrayList;
import java.util.List;
import vn.planprogress.plans.api.UnitDocument;
import vn.planprogress.plans.domain.Unit;

/** Units between their entity and the API's document. */
public final class UnitMapper {

    private UnitMapper() {
    }

    public static UnitDocument toDocument(Unit unit) {
        return new UnitDocument(unit.code, unit.name, unit.shortName, unit.parentCode, unit.kind,
                List.copyOf(unit.contactEmails), unit.version);
    }

    public static void apply(UnitDocument document, Unit unit) {
        unit.name = document.name();
        unit.shortName = document.shortName();
        unit.parentCode = document.parentCode();
        unit.kind = document.kind();
        unit.contactEmails = document.contactEmails() == null ? new ArrayList<>() : new ArrayList<>(document.contactEmails());
    }
}
