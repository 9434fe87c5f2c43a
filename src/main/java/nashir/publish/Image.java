package nashir.publish;

/** A downloaded image whose type was judged from its bytes. */
public record Image(byte[] bytes, ImageType type) {

	@Override
	public String toString() {
		return "Image[" + this.type + ", " + this.bytes.length + " bytes]";
	}

}
