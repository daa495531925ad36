package org.gdprretention.platform.overview;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.expiry.RetentionState;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.hold.HeldAncestors;
import org.gdprretention.platform.model.RetentionModel;

/**
 * Reads one document's row as the calling user: a node the caller cannot read, or that has no retention, gives
 * nothing (the public services would refuse to show it). The status is the engine's, evaluated at the moment given;
 * a hold on the document or on a folder above counts.
 */
final class RetentionRowReader {

    private final NodeService nodeService;
    private final PermissionService permissionService;
    private final SiteService siteService;
    private final HeldAncestors heldAncestors;
    private final ZoneId zone;

    RetentionRowReader(NodeService nodeService, PermissionService permissionService, SiteService siteService,
            ZoneId zone) {
        this.nodeService = nodeService;
        this.permissionService = permissionService;
        this.siteService = siteService;
        this.heldAncestors = new HeldAncestors(nodeService);
        this.zone = zone;
    }

    Optional<RetentionRow> read(NodeRef node, RetentionCatalogue catalogue, RetentionStatusEvaluator.Moment moment) {
        if (!nodeService.exists(node) || permissionService.hasReadPermission(node) != AccessStatus.ALLOWED
                || !nodeService.hasAspect(node, RetentionModel.ASPECT_RETAINABLE)) {
            return Optional.empty();
        }
        Map<QName, Serializable> properties = nodeService.getProperties(node);
        String code = text(properties.get(RetentionModel.PROP_RETENTION_TYPE));
        RetentionType type = code == null ? null : catalogue.find(code).orElse(null);
        boolean onHold = nodeService.hasAspect(node, RetentionModel.ASPECT_LEGAL_HOLD) || heldAncestors.isHeld(node);
        LocalDate start = RepositoryDates.toLocalDate(properties.get(RetentionModel.PROP_RETENTION_START), zone);
        LocalDate storedExpiry = RepositoryDates.toLocalDate(properties.get(RetentionModel.PROP_EXPIRY_DATE), zone);
        RetentionState state = evaluate(node, type, start, extensions(properties), onHold, storedExpiry, moment);
        Serializable template = properties.get(RetentionModel.PROP_TEMPLATE_REF);
        Serializable count = properties.get(RetentionModel.PROP_EXTENSION_COUNT);
        return Optional.of(new RetentionRow(node, String.valueOf(properties.get(ContentModel.PROP_NAME)),
                siteService.getSiteShortName(node), template instanceof NodeRef ref ? ref : null,
                text(properties.get(RetentionModel.PROP_TEMPLATE)), code == null ? "" : code, type,
                category(properties, type), start, state.expiryDate(), state.status(),
                consent(properties.get(RetentionModel.PROP_CONSENT_STATUS)), onHold,
                count instanceof Number number ? number.intValue() : 0,
                text(properties.get(RetentionModel.PROP_SUBJECT_ID))));
    }

    // A type missing from the catalogue (deleted since) cannot be evaluated: the stored expiry is shown as it is,
    // with a status from that date alone, so the document stays visible to be dealt with.
    private RetentionState evaluate(NodeRef node, RetentionType type, LocalDate start,
            List<RetentionPeriod> extensions, boolean onHold, LocalDate storedExpiry,
            RetentionStatusEvaluator.Moment moment) {
        if (type == null || extensions == null) {
            if (onHold) {
                return new RetentionState(storedExpiry, RetentionStatus.ON_HOLD);
            }
            if (storedExpiry == null) {
                return new RetentionState(null, RetentionStatus.PENDING_START);
            }
            LocalDate today = moment.now().atZone(zone).toLocalDate();
            return new RetentionState(storedExpiry,
                    storedExpiry.isBefore(today) ? RetentionStatus.EXPIRED : RetentionStatus.ACTIVE);
        }
        return moment.evaluate(new RetentionFacts(DocumentId.of(node.toString()), type, start, extensions, onHold,
                false));
    }

    private static List<RetentionPeriod> extensions(Map<QName, Serializable> properties) {
        Serializable value = properties.get(RetentionModel.PROP_GRANTED_EXTENSIONS);
        List<RetentionPeriod> periods = new ArrayList<>();
        if (value == null) {
            return periods;
        }
        try {
            for (Object period : value instanceof List<?> list ? list : List.of(value)) {
                if (period != null && !period.toString().isBlank()) {
                    periods.add(RetentionPeriod.parse("grantedExtensions", period.toString()));
                }
            }
        } catch (InvalidRetentionInputException e) {
            return null; // unreadable: shown from the stored expiry
        }
        return periods;
    }

    private static RetentionCategory category(Map<QName, Serializable> properties, RetentionType type) {
        String stored = text(properties.get(RetentionModel.PROP_CATEGORY));
        if (stored != null) {
            try {
                return RetentionCategory.parse(stored);
            } catch (InvalidRetentionInputException e) {
                // fall through to the type's
            }
        }
        return type != null ? type.category() : RetentionCategory.OTHER;
    }

    private static ConsentState consent(Serializable value) {
        String text = text(value);
        if (text != null) {
            for (ConsentState state : ConsentState.values()) {
                if (state.name().equalsIgnoreCase(text)) {
                    return state;
                }
            }
        }
        return ConsentState.NONE;
    }

    private static String text(Serializable value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
