package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.QNamePattern;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface NodeService {

    boolean exists(NodeRef nodeRef);

    Serializable getProperty(NodeRef nodeRef, QName qname) throws InvalidNodeRefException;

    Map<QName, Serializable> getProperties(NodeRef nodeRef) throws InvalidNodeRefException;

    void setProperty(NodeRef nodeRef, QName qname, Serializable value) throws InvalidNodeRefException;

    void setProperties(NodeRef nodeRef, Map<QName, Serializable> properties) throws InvalidNodeRefException;

    void addProperties(NodeRef nodeRef, Map<QName, Serializable> properties) throws InvalidNodeRefException;

    void removeProperty(NodeRef nodeRef, QName qname) throws InvalidNodeRefException;

    void addAspect(NodeRef nodeRef, QName aspectTypeQName,
            Map<QName, Serializable> aspectProperties) throws InvalidNodeRefException;

    void removeAspect(NodeRef nodeRef, QName aspectTypeQName) throws InvalidNodeRefException;

    boolean hasAspect(NodeRef nodeRef, QName aspectQName) throws InvalidNodeRefException;

    Set<QName> getAspects(NodeRef nodeRef) throws InvalidNodeRefException;

    QName getType(NodeRef nodeRef) throws InvalidNodeRefException;

    ChildAssociationRef getPrimaryParent(NodeRef nodeRef) throws InvalidNodeRefException;

    List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef) throws InvalidNodeRefException;

    List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef, Set<QName> childNodeTypeQNames);

    List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef, QNamePattern typeQNamePattern,
            QNamePattern qnamePattern) throws InvalidNodeRefException;

    List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef, QNamePattern typeQNamePattern, QNamePattern qnamePattern,
            boolean preload) throws InvalidNodeRefException;

    List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef, QNamePattern typeQNamePattern, QNamePattern qnamePattern,
            int maxResults, boolean preload) throws InvalidNodeRefException;

    NodeRef getChildByName(NodeRef nodeRef, QName assocTypeQName, String childName);

    ChildAssociationRef createNode(NodeRef parentRef, QName assocTypeQName, QName assocQName,
            QName nodeTypeQName) throws InvalidNodeRefException;

    ChildAssociationRef createNode(NodeRef parentRef, QName assocTypeQName, QName assocQName, QName nodeTypeQName,
            Map<QName, Serializable> properties) throws InvalidNodeRefException;

    void deleteNode(NodeRef nodeRef) throws InvalidNodeRefException;

    ChildAssociationRef addChild(NodeRef parentRef, NodeRef childRef, QName assocTypeQName,
            QName qname) throws InvalidNodeRefException;

    void removeChild(NodeRef parentRef, NodeRef childRef) throws InvalidNodeRefException;

    ChildAssociationRef moveNode(NodeRef nodeToMoveRef, NodeRef newParentRef, QName assocTypeQName,
            QName assocQName) throws InvalidNodeRefException;

    NodeRef getRootNode(StoreRef storeRef);

    Path getPath(NodeRef nodeRef) throws InvalidNodeRefException;

    List<ChildAssociationRef> getParentAssocs(NodeRef nodeRef) throws InvalidNodeRefException;

    List<ChildAssociationRef> getParentAssocs(NodeRef nodeRef, QNamePattern typeQNamePattern,
            QNamePattern qnamePattern) throws InvalidNodeRefException;

    List<AssociationRef> getTargetAssocs(NodeRef sourceRef, QNamePattern qnamePattern) throws InvalidNodeRefException;

    List<AssociationRef> getSourceAssocs(NodeRef targetRef, QNamePattern qnamePattern) throws InvalidNodeRefException;

    AssociationRef createAssociation(NodeRef sourceRef, NodeRef targetRef,
            QName assocTypeQName) throws InvalidNodeRefException;

    void removeAssociation(NodeRef sourceRef, NodeRef targetRef, QName assocTypeQName) throws InvalidNodeRefException;

    NodeRef getStoreArchiveNode(StoreRef storeRef);

    List<ChildAssociationRef> getChildAssocsByPropertyValue(NodeRef nodeRef, QName propertyQName, Serializable value);
}
