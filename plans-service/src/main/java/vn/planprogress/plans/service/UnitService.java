package vn.planprogress.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.web.ETags;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.plans.api.UnitDocument;
import vn.planprogress.plans.api.UnitKind;
import vn.planprogress.plans.domain.Plan;
import vn.planprogress.plans.domain.Unit;
import vn.planprogress.plans.mapping.UnitMapper;
import vn.planprogress.plans.repository.UnitRepository;

/** Units and their hierarchy: province → departments → divisions, plus external bodies. */
@ApplicationScoped
public class UnitService {

    private final UnitRepository units;
    private final Clock clock;

    @Inject
    public UnitService(UnitRepository units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    public Page<UnitDocument> list(String parentCode, UnitKind kind, PageRequest page) {
        Page<Unit> found = units.search(parentCode, kind, page);
        return new Page<>(found.items().stream().map(UnitMapper::toDocument).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    public UnitDocument get(String code) {
        return UnitMapper.toDocument(find(code));
    }

    @Transactional
    public UnitDocument create(UnitDocument document) {
        if (units.findById(document.code()) != null) {
            throw ProblemException.conflict("A unit with code '" + document.code() + "' already exists");
        }
        checkParent(document.code(), document.parentCode());
        ContactEmails.check(document.contactEmails());
        Unit unit = new Unit();
        unit.code = document.code();
        UnitMapper.apply(document, unit);
        unit.createdAt = clock.instant();
        unit.updatedAt = unit.createdAt;
        units.persistAndFlush(unit);
        return UnitMapper.toDocument(unit);
    }

    @Transactional
    public UnitDocument update(String code, UnitDocument document, String ifMatch) {
        Unit unit = find(code);
        ETags.requireMatch(ifMatch, unit.version);
        if (document.code() != null && !document.code().equals(code)) {
            throw ProblemException.invalid("code", "a unit's code cannot change (path has '" + code + "')");
        }
        checkParent(code, document.parentCode());
        ContactEmails.check(document.contactEmails());
        UnitMapper.apply(document, unit);
        unit.updatedAt = clock.instant();
        units.flush();
        return UnitMapper.toDocument(unit);
    }

    @Transactional
    public void delete(String code) {
        Unit unit = find(code);
        if (units.hasChildren(code)) {
            throw ProblemException.conflict("Unit '" + code + "' has units under it; move or delete them first");
        }
        List<Plan> plans = units.plansUsing(code);
        if (!plans.isEmpty()) {
            throw ProblemException.conflict("Unit '" + code + "' is named by plans: " + plans.stream()
                    .map(p -> p.number() + " \"" + p.title + "\"").collect(Collectors.joining("; ")));
        }
        units.delete(unit);
    }

    private Unit find(String code) {
        Unit unit = units.findById(code);
        if (unit == null) {
            throw ProblemException.notFound("unit", code);
        }
        return unit;
    }

    /** The parent must exist and must not be the unit itself or one of its descendants. */
    private void checkParent(String code, String parentCode) {
        for (String ancestor = parentCode; ancestor != null; ) {
            if (ancestor.equals(code)) {
                throw ProblemException.invalid("parentCode", "unit '" + parentCode + "' is '" + code
                        + "' itself or under it; the hierarchy cannot loop");
            }
            Unit parent = units.findById(ancestor);
            if (parent == null) {
                throw ProblemException.invalid("parentCode", "unknown unit code '" + ancestor + "'");
            }
            ancestor = parent.parentCode;
        }
    }
}
