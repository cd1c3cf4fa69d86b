package org.tourismpolicing.core.problem;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Answers a module resource's failure with the module's problem, whatever exception mappers the
 * application around it registers. The failure leaves the resource as a finished answer ({@link
 * ProblemResponseException}), which JAX-RS sends without consulting any mapper; a host's {@code
 * ExceptionMapper<IllegalStateException>} therefore never sees a module's failure, and the module's
 * mappers never see the host's.
 *
 * <p>The outermost interceptor (platform priority): a failure at commit, raised by the transaction
 * interceptor of a transactional resource, is answered too.
 */
@ModuleEndpoint
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class ModuleFailures {

  private final ProblemAnswers answers;
  private final HttpServletRequest request;

  @Inject
  public ModuleFailures(ProblemAnswers answers, HttpServletRequest request) {
    this.answers = answers;
    this.request = request;
  }

  @AroundInvoke
  Object answerFailures(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (ProblemResponseException answered) {
      throw answered;
    } catch (Exception | LinkageError failure) {
      throw new ProblemResponseException(
          answers.answer(failure, ProblemRequest.of(request), invocation.getMethod()), failure);
    }
  }
}
