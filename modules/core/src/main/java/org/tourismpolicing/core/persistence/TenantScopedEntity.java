package org.tourismpolicing.core.persistence;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Base of every tenant-owned entity. EclipseLink adds {@code tenant_id = :tenant} to every query,
 * fills it on insert and keys the row by it, taking the tenant from the entity manager that {@link
 * TenantEntityManagers} opens for the current tenant; so a query written without thinking about
 * tenants still sees only its own tenant's rows. In the tables the column leads the primary key
 * ({@code (tenant_id, id)}), so two tenants may even hold rows with the same id without either ever
 * seeing the other's; JPA identity is the id alone, which is safe because the cache is never shared
 * between tenants.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT,
    length = 40)
public abstract class TenantScopedEntity {}
