package org.alfresco.repo.action;

import org.alfresco.repo.action.executer.ActionExecuter;
import org.alfresco.service.cmr.action.ParameterConstraint;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface RuntimeActionService {

    void registerActionExecuter(ActionExecuter actionExecuter);

    void registerParameterConstraint(ParameterConstraint parameterConstraint);
}
