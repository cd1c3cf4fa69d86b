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
 * tenants still sees only its own tenant's rows. The column is part of the primary key — in the
 * tables ({@code (tenant_id, id)}) and in EclipseLink's identity — so updates and deletes carry it
 * in their {@code WHERE} clause too, and two tenants may hold rows with the same id without either
 * ever touching the other's. (EclipseLink warns at start-up that such entities have several ids
 * without an {@code @IdClass}; finding by id works, the tenant part coming from the entity
 * manager.)
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT,
    length = 40,
    primaryKey = true)
public abstract class TenantScopedEntity {}
