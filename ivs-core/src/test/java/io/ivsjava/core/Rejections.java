package io.ivsjava.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The one shape every input rejected before the network takes, checked the same way by every test. */
public final class Rejections {
    private Rejections() {
    }

    /**
     * Asserts that the call is refused locally: an {@link IvsValidationException} naming the field, whose message
     * starts with the field and says each problem, with IVS's error code and none of a response's details.
     *
     * @param call the call that must be refused
     * @param field the field it must name
     * @param problems what its message must say
     * @return the exception, for further checks
     */
    public static IvsValidationException assertInvalid(ThrowingCallable call, String field, String... problems) {
        IvsValidationException e = catchThrowableOfType(IvsValidationException.class, call);
        assertThat(e).as("an IvsValidationException").isNotNull();
        assertThat(e.field()).hasValue(field);
        assertThat(e.getMessage()).startsWith(field + ": ").contains(problems);
        assertThat(e.errorCode()).hasValue("ValidationException");
        assertThat(e.httpStatus()).isEmpty();
        assertThat(e.requestId()).isEmpty();
        assertThat(e.isRetryable()).isFalse();
        return e;
    }
}
