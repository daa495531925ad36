package org.alfresco.service.namespace;

import java.io.Serializable;
import java.util.Collection;

/**
 * A namespace-qualified name, <code>{namespaceURI}localName</code>.
 *
 * <p>Unlike the other compile-only types this class really works: unit tests and Spring wiring create and compare
 * real instances, so equality, hashing, parsing and the string form follow the ACS 26.3 behaviour.
 */
public final class QName implements QNamePattern, Serializable, Cloneable, Comparable<QName> {

    private static final long serialVersionUID = 3977016258204348976L;

    public static final String EMPTY_URI_SUBSTITUTE = ".empty";
    public static final char NAMESPACE_PREFIX = ':';
    public static final char NAMESPACE_BEGIN = '{';
    public static final char NAMESPACE_END = '}';
    public static final int MAX_LENGTH = 255;

    private final String namespaceURI;
    private final String localName;
    private final String prefix;

    private QName(String namespaceURI, String localName, String prefix) {
        this.namespaceURI = namespaceURI == null ? NamespaceService.DEFAULT_URI : namespaceURI;
        this.localName = localName;
        this.prefix = prefix;
    }

    public static QName createQName(String namespaceURI, String localName) throws InvalidQNameException {
        if (localName == null || localName.isEmpty()) {
            throw new InvalidQNameException("A QName must consist of a local name");
        }
        return new QName(namespaceURI, localName, null);
    }

    /** Parses the <code>{uri}local</code> form; without braces the name is in the default (empty) namespace. */
    public static QName createQName(String qname) throws InvalidQNameException {
        if (qname == null || qname.isEmpty()) {
            throw new InvalidQNameException("Argument qname is mandatory");
        }
        String namespaceURI = null;
        int localStart = 0;
        int begin = qname.indexOf(NAMESPACE_BEGIN);
        if (begin != -1) {
            if (begin != 0) {
                throw new InvalidQNameException("QName '" + qname + "' must start with a namespaceURI");
            }
            int end = qname.indexOf(NAMESPACE_END, 1);
            if (end == -1) {
                throw new InvalidQNameException(
                        "QName '" + qname + "' is missing the closing namespace " + NAMESPACE_END + " token");
            }
            namespaceURI = qname.substring(1, end);
            localStart = end + 1;
        }
        String localName = qname.substring(localStart);
        if (localName.isEmpty()) {
            throw new InvalidQNameException("QName '" + qname + "' must consist of a local name");
        }
        return new QName(namespaceURI, localName, null);
    }

    public static QName createQName(String prefix, String localName, NamespacePrefixResolver prefixResolver)
            throws InvalidQNameException, NamespaceException {
        if (localName == null || localName.isEmpty()) {
            throw new InvalidQNameException("A QName must consist of a local name");
        }
        String uri = prefixResolver.getNamespaceURI(prefix);
        if (uri == null) {
            throw new NamespaceException("Namespace prefix " + prefix + " is not mapped to a namespace URI");
        }
        return new QName(uri, localName, prefix);
    }

    /** Parses the <code>prefix:local</code> form; without a colon the default prefix is used. */
    public static QName createQName(String qname, NamespacePrefixResolver prefixResolver)
            throws InvalidQNameException, NamespaceException {
        if (qname == null || qname.isEmpty()) {
            throw new InvalidQNameException("Argument qname is mandatory");
        }
        int colon = qname.indexOf(NAMESPACE_PREFIX);
        String prefix = colon == -1 ? NamespaceService.DEFAULT_PREFIX : qname.substring(0, colon);
        String localName = colon == -1 ? qname : qname.substring(colon + 1);
        return createQName(prefix, localName, prefixResolver);
    }

    /** Accepts both forms; a bare name without prefix or braces is taken to be in the content model. */
    public static QName resolveToQName(NamespacePrefixResolver prefixResolver, String str) {
        if (str == null || str.isEmpty()) {
            return null;
        }
        if (str.charAt(0) == NAMESPACE_BEGIN) {
            return createQName(str);
        }
        if (str.indexOf(NAMESPACE_PREFIX) != -1) {
            return createQName(str, prefixResolver);
        }
        return createQName(NamespaceService.CONTENT_MODEL_1_0_URI, str);
    }

    public String getNamespaceURI() {
        return namespaceURI;
    }

    public String getLocalName() {
        return localName;
    }

    /** Returns <code>prefix:local</code>, resolving the first prefix registered for this name's namespace. */
    public String toPrefixString(NamespacePrefixResolver resolver) {
        Collection<String> prefixes = resolver.getPrefixes(namespaceURI);
        if (prefixes == null || prefixes.isEmpty()) {
            throw new NamespaceException("Namespace URI " + namespaceURI + " cannot be mapped to a prefix");
        }
        String found = prefixes.iterator().next();
        return found.isEmpty() ? localName : found + NAMESPACE_PREFIX + localName;
    }

    /** <code>prefix:local</code> when this name carries a prefix, <code>{uri}local</code> otherwise. */
    public String toPrefixString() {
        return prefix == null ? toString() : prefix + NAMESPACE_PREFIX + localName;
    }

    public QName getPrefixedQName(NamespacePrefixResolver resolver) {
        Collection<String> prefixes = resolver.getPrefixes(namespaceURI);
        if (prefixes == null || prefixes.isEmpty()) {
            throw new NamespaceException("Namespace URI " + namespaceURI + " cannot be mapped to a prefix");
        }
        return new QName(namespaceURI, localName, prefixes.iterator().next());
    }

    @Override
    public boolean isMatch(QName qname) {
        return equals(qname);
    }

    @Override
    public boolean equals(Object object) {
        if (this == object) {
            return true;
        }
        if (!(object instanceof QName)) {
            return false;
        }
        QName other = (QName) object;
        return localName.equals(other.localName) && namespaceURI.equals(other.namespaceURI);
    }

    @Override
    public int hashCode() {
        return 37 * namespaceURI.hashCode() + localName.hashCode();
    }

    @Override
    public int compareTo(QName other) {
        int byNamespace = namespaceURI.compareTo(other.namespaceURI);
        return byNamespace != 0 ? byNamespace : localName.compareTo(other.localName);
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        return super.clone();
    }

    @Override
    public String toString() {
        return "" + NAMESPACE_BEGIN + namespaceURI + NAMESPACE_END + localName;
    }
}
