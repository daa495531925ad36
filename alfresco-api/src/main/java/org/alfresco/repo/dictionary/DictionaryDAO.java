package org.alfresco.repo.dictionary;

/**
 * Compile-only copy of the ACS 26.3 signature, declared only as the type the dictionary bootstrap receives; the
 * add-on calls none of its members.
 */
public interface DictionaryDAO {
}
