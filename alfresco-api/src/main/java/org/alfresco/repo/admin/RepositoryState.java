package org.alfresco.repo.admin;

/**
 * Whether the repository is still starting up. A real flag, as in ACS (which only adds locking around it), so
 * that tests of jobs can put the repository in either state.
 */
public class RepositoryState {

    private volatile boolean bootstrapping;

    public boolean isBootstrapping() {
        return bootstrapping;
    }

    public void setBootstrapping(boolean bootstrapping) {
        this.bootstrapping = bootstrapping;
    }
}
