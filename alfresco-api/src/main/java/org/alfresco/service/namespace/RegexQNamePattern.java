package org.alfresco.service.namespace;

/**
 * Compile-only copy of the ACS 26.3 signature. {@link #MATCH_ALL} works (it matches every name) because
 * unit tests pass it to mocked node services and compare it by identity.
 */
public class RegexQNamePattern implements QNamePattern {

    public static final QNamePattern MATCH_ALL = qname -> true;

    public RegexQNamePattern(String qnameRegex) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public RegexQNamePattern(String namespaceUriRegex, String localNameRegex) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public boolean isMatch(QName qname) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
